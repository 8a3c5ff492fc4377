using CouncilSite.Diagnostics;

namespace CouncilSite.Build;

/// <summary>What a build did: its messages, and when it succeeded, what it wrote and how long each stage took.</summary>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    string Output,
    int Pages,
    int FilesWritten,
    int FilesUnchanged,
    IReadOnlyList<StageTiming> Timings)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
