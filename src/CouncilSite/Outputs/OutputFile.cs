using CouncilSite.Addresses;
namespace CouncilSite.Outputs;

/// <summary>
/// One file of the built site: made in memory (<see cref="Bytes"/>) or copied as it is from the
/// clerk's folder (<see cref="CopyFrom"/>), so large PDFs are never held in memory.
/// </summary>
/// <param name="Path">Path in the output folder, forward slashes, e.g. <c>meetings/index.html</c>.</param>
public sealed record OutputFile(string Path, byte[]? Bytes, string? CopyFrom)
{
    public static OutputFile Made(string path, byte[] bytes) => new(path, bytes, null);

    /// <summary>A file made in memory for a site address (<c>/meetings/feed.xml</c>, <c>/meetings/</c>), at its path in the output.</summary>
    public static OutputFile At(string address, byte[] bytes) => Made(SiteAddress.OutputPath(address), bytes);

    public static OutputFile Copied(string path, string fullSourcePath) => new(path, null, fullSourcePath);
}
