namespace CouncilSite.Tests.Support;

/// <summary>Every file of an output folder with its bytes, to prove a build changed nothing, or changed it identically.</summary>
public sealed class OutputSnapshot
{
    private readonly SortedDictionary<string, byte[]> _files;

    private OutputSnapshot(SortedDictionary<string, byte[]> files) => _files = files;

    public IReadOnlyCollection<string> Paths => _files.Keys;

    public static OutputSnapshot Take(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        }

        return new OutputSnapshot(files);
    }

    /// <summary>Writes the files into a folder, as a build that made them would have left it.</summary>
    public void WriteTo(string folder)
    {
        foreach (var (path, bytes) in _files)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }

    /// <summary>True when both hold the same files with the same bytes.</summary>
    public bool Matches(OutputSnapshot other) =>
        _files.Keys.SequenceEqual(other._files.Keys) && _files.All(f => f.Value.AsSpan().SequenceEqual(other._files[f.Key]));

    /// <summary>Fails naming the first file that was added, removed or changed.</summary>
    public void AssertSameAs(OutputSnapshot expected)
    {
        Assert.Equal(expected._files.Keys, _files.Keys);
        foreach (var (path, bytes) in expected._files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(_files[path]), $"{path} differs");
        }
    }
}
