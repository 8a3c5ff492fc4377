using System.Diagnostics;
using CouncilSite.Diagnostics;
using CouncilSite.Sections;
using CouncilSite.Site;

namespace CouncilSite.Build;

/// <summary>What every stage of one build shares: its options, its messages, its memory of earlier builds and its clock.</summary>
public sealed class BuildContext(BuildOptions options, BuildMemory memory)
{
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public BuildOptions Options { get; } = options;

    public BuildMemory Memory { get; } = memory;

    public DiagnosticBag Diagnostics { get; } = new();

    public IReadOnlyList<Section> Sections => Options.Sections;

    /// <summary>The clerk's folder, as given.</summary>
    public string SiteRoot { get; } = Path.GetFullPath(options.SiteFolder);

    /// <summary>The output folder's real path, links followed, so that it is compared with the site folder as it really is.</summary>
    public string Output { get; } = RealPath.Of(options.Output) ?? options.Output;

    /// <summary>How long each stage took, in order.</summary>
    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>Marks the end of a stage: the time since the last one ended is its own.</summary>
    public void EndStage(string name)
    {
        _timings.Add(new StageTiming(name, _clock.Elapsed));
        _clock.Restart();
    }

    /// <summary>The result of a build that stopped: its messages, and nothing written.</summary>
    public BuildResult Failed() => new(false, Diagnostics.ToSortedList(), Output, 0, 0, 0, Timings);
}
