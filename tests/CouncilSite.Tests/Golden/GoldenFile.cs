using System.Text;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Golden;

/// <summary>
/// Compares text with its golden copy under Golden/, or writes the copy first when the tests run
/// with COUNCILSITE_UPDATE_GOLDEN=1. Bytes go through UTF-8 unchanged, a byte order mark included.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string folder, string path, string actual)
    {
        var golden = Path.Combine(ExampleSiteBuild.Repository, "tests", "CouncilSite.Tests", "Golden", folder, path);
        if (Environment.GetEnvironmentVariable("COUNCILSITE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllBytes(golden, Encoding.UTF8.GetBytes(actual));
        }

        Assert.True(File.Exists(golden), $"No golden copy of {path}; run the tests with COUNCILSITE_UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(golden)), actual);
    }
}
