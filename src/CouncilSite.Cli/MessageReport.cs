using CouncilSite.Diagnostics;

namespace CouncilSite.Cli;

/// <summary>Writes a run's messages to the messages file, if one was named, and prints them, summarised past a few hundred.</summary>
public static class MessageReport
{
    /// <param name="suggested">The file to tell the clerk to name with --messages-file when none was.</param>
    /// <returns>False when the messages file could not be written.</returns>
    public static bool Print(IReadOnlyList<Diagnostic> diagnostics, MessagesFile? file, string suggested, TextWriter stderr)
    {
        var problem = file?.Write(diagnostics);
        foreach (var line in MessageSummary.Of(diagnostics).Lines(problem is null ? file?.Shown : null, file is null ? suggested : null))
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
