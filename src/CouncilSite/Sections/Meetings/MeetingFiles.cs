using CouncilSite.Content;
using CouncilSite.Diagnostics;

namespace CouncilSite.Sections.Meetings;

/// <summary>
/// The files of a meeting's folder the site reads by name: its settings, agenda and minutes. A
/// clerk's <c>Minutes.md</c> or <c>meeting.yaml</c> is read as the file it plainly is, with a
/// warning to rename it (see <see cref="FixedFileNames"/>). A file that only looks like one
/// (<c>minuets.md</c>, <c>agenda-final.md</c>, <c>minutes.pdf</c>) while the real one is missing
/// stays a paper, with a warning that the meeting shows no minutes or agenda of its own; a paper
/// with a name of its own (<c>minutes-appendix.md</c>) is left alone.
/// </summary>
/// <param name="Taken">The files read as one of the three, or set aside as one: none of them is a paper or a paper's description.</param>
/// <param name="StandIns">Papers published in place of the agenda or minutes (<c>minutes.pdf</c>), already warned about.</param>
internal sealed record MeetingFiles(string? Settings, string? Agenda, string? Minutes, IReadOnlySet<string> Taken, IReadOnlySet<string> StandIns)
{
    /// <param name="What">What the file holds, as a message names it.</param>
    /// <param name="IfSo">The start of a hint to rename a file that may be it.</param>
    /// <param name="Gives">What writing the file gives the meeting's page, for the hint about a paper in its place.</param>
    private sealed record Role(string Name, string What, string IfSo, string Gives)
    {
        public string Stem => Name[..Name.IndexOf('.')];

        public bool IsMarkdown => Name.EndsWith(".md", StringComparison.Ordinal);
    }

    private static readonly Role SettingsRole = new("meeting.yml", "the settings", "If it holds the meeting's time, place or status", "");

    private static readonly Role AgendaRole = new("agenda.md", "the agenda", "If this is the agenda",
        "it becomes the meeting's agenda page, and the notice given before the meeting is checked");

    private static readonly Role MinutesRole = new("minutes.md", "the minutes", "If these are the minutes",
        "they become the meeting's minutes page, with their decisions listed and whether they are approved");

    /// <summary>
    /// Words a clerk adds to a file's name for its version rather than its subject
    /// (<c>agenda-final</c>, <c>Draft minutes</c>, <c>minutes v2</c>), left out when judging what a file is.
    /// </summary>
    private static readonly HashSet<string> VersionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "final", "draft", "signed", "approved", "revised", "updated", "new", "copy", "v1", "v2", "v3",
    };

    /// <param name="folder">The meeting's folder, relative to the site folder.</param>
    /// <param name="files">Every file of the folder as listed, those in sub-folders included (they are papers).</param>
    /// <param name="held">
    /// False for a meeting still to come, whose papers may well include the minutes of the last
    /// meeting (<c>minutes.pdf</c>), to be approved: they are not taken for its own.
    /// </param>
    public static MeetingFiles Find(string folder, IReadOnlyList<string> files, bool held, DiagnosticBag diagnostics)
    {
        var top = files.Where(f => f.LastIndexOf('/') == folder.Length).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var standIns = new HashSet<string>(StringComparer.Ordinal);
        string? Read(Role role)
        {
            var found = top.Where(f => FixedFileNames.Matches(FixedFileNames.NameOf(f), role.Name)).ToList();
            taken.UnionWith(found);
            return found.Count == 0 ? null : FixedFileNames.Choose(found, role.Name, $"{role.What} of this meeting", folder, diagnostics);
        }

        var meeting = new MeetingFiles(Read(SettingsRole), Read(AgendaRole), Read(MinutesRole), taken, standIns);
        var rest = top.Where(f => !taken.Contains(f)).ToList();
        foreach (var (role, read) in new[] { (SettingsRole, meeting.Settings), (AgendaRole, meeting.Agenda), (MinutesRole, meeting.Minutes) })
        {
            if (read is null && (held || role != MinutesRole))
            {
                ReportLookalikes(role, rest, files, taken, standIns, diagnostics);
            }
        }

        return meeting;
    }

    /// <summary>Files that look like the role's missing file but are published as papers, or (a description) not at all.</summary>
    private static void ReportLookalikes(Role role, List<string> rest, IReadOnlyList<string> files, HashSet<string> taken, HashSet<string> standIns, DiagnosticBag diagnostics)
    {
        foreach (var file in rest.Where(f => LooksLike(FixedFileNames.NameOf(f), role)))
        {
            var name = FixedFileNames.NameOf(file);
            var ending = Path.GetExtension(name).ToLowerInvariant();
            if (role.IsMarkdown && ending is ".md" or ".markdown")
            {
                diagnostics.Warning(file, 0, 0, DiagnosticCodes.MisnamedFile,
                    $"'{name}' is published as a paper, not as {role.What}: the site reads {role.What} only from '{role.Name}'.",
                    $"{role.IfSo}, rename it '{role.Name}'.");
            }
            else if (role.IsMarkdown && ending is not (".yml" or ".yaml"))
            {
                standIns.Add(file);
                diagnostics.Warning(file, 0, 0, DiagnosticCodes.PaperInPlaceOfMarkdown,
                    $"'{name}' is published as a paper of the meeting, so the meeting shows no {role.Stem} of its own: the site reads {role.What} only from '{role.Name}'.",
                    $"Write {role.What} in '{role.Name}' in this folder: {role.Gives}. Link the file from there if it should stay published, e.g. [The signed copy]({name}).");
            }
            else if (!role.IsMarkdown && ending is (".yml" or ".yaml") && !files.Any(f => f != file && Path.ChangeExtension(f, null) == Path.ChangeExtension(file, null)))
            {
                taken.Add(file);
                diagnostics.Warning(file, 0, 0, DiagnosticCodes.MisnamedFile,
                    $"'{name}' is not read: it is neither the meeting's settings nor the description of a paper beside it.",
                    $"{role.IfSo}, rename it '{role.Name}'.");
            }
        }
    }

    /// <summary>True when a file's name, version words left out, is the role's name or a slip of a letter or two from it.</summary>
    private static bool LooksLike(string name, Role role)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var subject = string.Concat(stem.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries).Where(w => !VersionWords.Contains(w)));
        return subject == role.Stem ||
            (Math.Abs(subject.Length - role.Stem.Length) <= 1 && NearestName.For(subject, [role.Stem]) is not null);
    }

}
