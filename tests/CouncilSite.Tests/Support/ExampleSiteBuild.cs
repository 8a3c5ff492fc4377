using CouncilSite.Build;

namespace CouncilSite.Tests.Support;

/// <summary>The example council builds once for these tests.</summary>
public sealed class ExampleSiteBuild : IDisposable
{
    public ExampleSiteBuild()
    {
        Root = FindRoot();
        Output = Path.Combine(Path.GetTempPath(), "councilsite-tests", "example-data-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuilder.Build(new BuildOptions(Path.Combine(Root, "example-site"), Output, TempSite.Today));
    }

    public string Root { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>The repository's example-site folder, for tests that read it without building.</summary>
    public static string SiteFolder => Path.Combine(FindRoot(), "example-site");

    /// <summary>The repository's own folder, for tests of its documentation.</summary>
    public static string Repository => FindRoot();

    public void Dispose() => Directory.Delete(Output, recursive: true);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CouncilSite.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No CouncilSite.sln above the test folder; these tests build the repository's example-site.");
    }
}
