using CouncilSite.Diagnostics;
using CouncilSite.Outputs;

namespace CouncilSite.Preview;

/// <summary>What the preview serves: the last good site, and the errors of the build after it when that one failed.</summary>
/// <param name="Version">Counts builds, so an open page can tell that it is out of date.</param>
/// <param name="Site">The last good build's files by output path; empty until a build succeeds.</param>
/// <param name="Errors">The failed build's messages (errors and warnings), empty when the last build succeeded.</param>
public sealed record PreviewState(int Version, IReadOnlyDictionary<string, OutputFile> Site, IReadOnlyList<Diagnostic> Errors)
{
    public static readonly PreviewState Starting = new(0, new Dictionary<string, OutputFile>(), []);
}
