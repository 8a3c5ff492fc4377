using CouncilSite.Diagnostics;

namespace CouncilSite.Build.Publishing;

/// <summary>What the writer's refusals and leftovers mean to a clerk: the messages around claiming and publishing an output folder.</summary>
internal static class OutputMessages
{
    /// <summary>The output's working folder for this build, or null with the error that says why not.</summary>
    public static WorkFolder? Claim(string output, DiagnosticBag diagnostics)
    {
        if (!OutputWriter.MayReplace(output))
        {
            diagnostics.Error(output, 0, 0, DiagnosticCodes.OutputFailed,
                File.Exists(output)
                    ? "The output is a file, not a folder, so it was left alone."
                    : "The output folder already holds files that CouncilSite did not write, so it was left alone.",
                "Choose an empty or new folder with --output, or remove that folder's contents first.");
            return null;
        }

        try
        {
            return WorkFolder.Claim(output);
        }
        catch (OutputRefusedException refused)
        {
            diagnostics.Error(output, 0, 0, refused.Code, refused.Message, refused.Hint);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(output, 0, 0, DiagnosticCodes.OutputFailed, $"The output folder could not be prepared: {ex.Message}",
                "Check that you may write to the folder that holds the output folder; nothing in the output was changed.");
        }

        return null;
    }

    /// <summary>Warnings for what went wrong after a site was in place, and for files kept with no record of who wrote them.</summary>
    public static void Report(OutputWriter.Outcome outcome, string output, DiagnosticBag diagnostics)
    {
        foreach (var note in outcome.Notes ?? [])
        {
            diagnostics.Warning(output, 0, 0, DiagnosticCodes.OutputLeftovers,
                $"The new site is in place, but part of the previous one could not be removed: {note}",
                "Nothing is wrong with the site. The next build tries again; if this repeats, check the permissions of the folder named.");
        }

        if (outcome.Unknown is { Count: > 0 } unknown)
        {
            diagnostics.Warning(output, 0, 0, DiagnosticCodes.OutputUnknownFiles,
                $"The output folder holds {unknown.Count} file(s) this build does not make, such as {unknown[0]}, and there is no record of who wrote them (the working folder beside it was deleted), so they were kept.",
                "If they are pages of an earlier build, delete them from the output folder; files a host added there can stay.");
        }
    }
}
