using CouncilSite.Diagnostics;

namespace CouncilSite.Content;

/// <summary>
/// The names the site reads a file by (<c>meeting.yml</c>, <c>minutes.md</c>, a paper's
/// <c>.yml</c> description) as a clerk may write them: in other case, or with the long endings
/// <c>.yaml</c> and <c>.markdown</c>. Such a file is plainly meant as that file, so it is read as
/// it, with a warning; a file left unread for its spelling would lose what the clerk wrote in it.
/// </summary>
public static class FixedFileNames
{
    /// <summary>True when <paramref name="written"/> is <paramref name="name"/> written in other case or with the long ending.</summary>
    public static bool Matches(string written, string name) =>
        string.Equals(WithShortEnding(written), name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a file read under another spelling is still worth renaming: the hint of every such warning.</summary>
    public static string RenameHint(string written, string name) =>
        $"Rename '{written}' to '{name}'. Only that exact name is sure to be read everywhere: many web hosts and tools tell upper from lower case, " +
        "and editors that check settings know the file by its right name.";

    /// <summary>
    /// The one of <paramref name="found"/> (files that each <see cref="Matches"/> <paramref name="name"/>)
    /// to read: the one so named if there is one. A warning says to rename the file read under
    /// another spelling; an error names them all when there are two, as a case-sensitive disk allows.
    /// </summary>
    /// <param name="place">The file or folder an error about two files names.</param>
    /// <param name="what">What the file holds, e.g. "the minutes of this meeting".</param>
    public static string Choose(IReadOnlyList<string> found, string name, string what, string place, DiagnosticBag diagnostics)
    {
        var exact = found.FirstOrDefault(f => NameOf(f) == name);
        var chosen = exact ?? found[0];
        if (found.Count > 1)
        {
            diagnostics.Error(place, 0, 0, DiagnosticCodes.MisnamedFile,
                $"{string.Join(" and ", found.Select(f => $"'{NameOf(f)}'"))} are both {what}: their names differ only in upper and lower case or in the ending.",
                $"Keep one of them, named '{name}', and delete the other once anything it adds is copied across; until then only '{NameOf(chosen)}' is read.");
        }
        else if (exact is null)
        {
            diagnostics.Warning(chosen, 0, 0, DiagnosticCodes.MisnamedFile,
                $"Read '{NameOf(chosen)}' as {what}; rename it '{name}'.",
                RenameHint(NameOf(chosen), name));
        }

        return chosen;
    }

    /// <summary>The name of a file given by its path relative to the site folder.</summary>
    public static string NameOf(string file) => file[(file.LastIndexOf('/') + 1)..];

    /// <summary>The name with <c>.yaml</c> written <c>.yml</c> and <c>.markdown</c> written <c>.md</c>: what <see cref="Matches"/> compares, ignoring case.</summary>
    public static string WithShortEnding(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? name[..^".yaml".Length] + ".yml"
        : name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) ? name[..^".markdown".Length] + ".md"
        : name;
}
