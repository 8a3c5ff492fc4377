using CouncilSite.Diagnostics;

namespace CouncilSite.Cli;

/// <summary>
/// The messages of one run of <c>build</c> or <c>check</c>: written to the messages file, if one
/// was named, and printed, summarised past a few hundred.
/// </summary>
public sealed class MessageReport
{
    private readonly MessagesFile? _file;
    private readonly string _site;
    private readonly string? _output;
    private readonly string _current;

    private MessageReport(MessagesFile? file, string site, string? output, string current) =>
        (_file, _site, _output, _current) = (file, site, output, current);

    /// <param name="named">The file named with --messages-file, if any.</param>
    /// <param name="output">The output folder of a build; null for a check, which writes none.</param>
    /// <returns>Null, with the reason printed, when the named file may not be written there.</returns>
    public static MessageReport? Open(string? named, string site, string? output, string current, TextWriter stderr)
    {
        var file = named is null ? null : MessagesFile.At(named, current);
        if (file?.Refusal(site, output, current) is { } refusal)
        {
            stderr.WriteLine($"councilsite: {refusal}");
            return null;
        }

        return new MessageReport(file, site, output, current);
    }

    /// <returns>False when the messages file could not be written.</returns>
    public bool Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        var problem = _file?.Write(diagnostics);
        var suggested = _file is null ? MessagesFile.Suggested(_current, _site, _output) : null;
        foreach (var line in MessageSummary.Of(diagnostics).Lines(problem is null ? _file?.Shown : null, suggested))
        {
            stderr.WriteLine(line);
        }

        if (problem is not null)
        {
            stderr.WriteLine($"councilsite: {problem}");
        }

        return problem is null;
    }
}
