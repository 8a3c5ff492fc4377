using System.Collections.Concurrent;
using CouncilSite.Outputs;

namespace CouncilSite.Build.Incremental;

/// <summary>A build's files kept in memory for the preview, in the order of their paths whatever order the threads made them in.</summary>
internal sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentBag<OutputFile> _files = [];

    public void Add(OutputFile file) => _files.Add(file);

    public IReadOnlyList<OutputFile> Files => _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
