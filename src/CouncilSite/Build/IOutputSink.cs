using CouncilSite.Outputs;

namespace CouncilSite.Build;

/// <summary>Where a build hands its files as they are made: a folder on disk, or the preview's memory. Called from many threads at once.</summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
