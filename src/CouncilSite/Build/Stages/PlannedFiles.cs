using CouncilSite.Outputs;

namespace CouncilSite.Build.Stages;

/// <summary>
/// The files a plan makes besides its pages, handed to the output once. Their bytes (the search
/// index, feeds, calendars, open data) are written before any page is drawn; the plan lets go of
/// them then, so they are not held while every page is drawn.
/// </summary>
public sealed class PlannedFiles(List<OutputFile> files)
{
    private List<OutputFile>? _files = files;

    /// <summary>The files, for the one output that writes them; the plan keeps none of them after.</summary>
    /// <exception cref="InvalidOperationException">They were handed over already.</exception>
    public IReadOnlyList<OutputFile> Take() =>
        Interlocked.Exchange(ref _files, null) ?? throw new InvalidOperationException("The plan's files were handed to an output already.");
}
