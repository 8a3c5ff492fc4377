using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build.Publishing;

/// <summary>A link (shortcut) in the output is never followed: the build refuses, and what it points at is untouched.</summary>
public class OutputLinkTests
{
    [Theory]
    [InlineData("pdf-archive", "../site/pages")]
    [InlineData("source", "../site")]
    [InlineData("news/elsewhere", "../../outside")]
    public void A_link_in_the_output_stops_the_build_and_nothing_it_leads_to_is_deleted(string link, string target)
    {
        using var site = SampleSite.Create();
        File.WriteAllText(Path.Combine(site.Outside, "precious.txt"), "not the council's site");
        Assert.True(site.Build().Succeeded);
        File.CreateSymbolicLink(Path.Combine(site.Output, link), target);
        var sources = OutputSnapshot.Take(site.Root);
        var outside = OutputSnapshot.Take(site.Outside);
        var before = Entries(site.Output);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.OutputHasLink, error.Code);
        Assert.Contains(link, error.Message);
        OutputSnapshot.Take(site.Root).AssertSameAs(sources);
        OutputSnapshot.Take(site.Outside).AssertSameAs(outside);
        Assert.Equal(before, Entries(site.Output));
        File.Delete(Path.Combine(site.Output, link));
    }

    [Fact]
    public void An_output_that_is_a_link_to_the_site_folder_is_refused_as_the_site_folder()
    {
        using var site = SampleSite.Create();
        var link = site.Output + "-link";
        File.CreateSymbolicLink(link, site.Root);
        site.Write(".councilsite-output", "");
        var sources = OutputSnapshot.Take(site.Root);

        var result = site.Build(link);

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.OutputFailed, Assert.Single(result.Diagnostics, d => d.IsError).Code);
        OutputSnapshot.Take(site.Root).AssertSameAs(sources);
        File.Delete(link);
    }

    [Fact]
    public void An_output_reached_through_a_link_is_built_where_the_link_leads_and_the_link_stays()
    {
        using var site = SampleSite.Create();
        Directory.CreateDirectory(site.Output);
        var link = site.Output + "-link";
        File.CreateSymbolicLink(link, site.Output);

        var r1 = site.Build(link);
        Assert.True(r1.Succeeded, string.Join("\n", r1.Diagnostics));
        var r2 = site.Build(link);
        Assert.True(r2.Succeeded, string.Join("\n", r2.Diagnostics));

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        File.Delete(link);
    }

    /// <summary>Every entry of a folder, links listed and not followed.</summary>
    internal static List<string> Entries(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(e => Path.GetRelativePath(folder, e.FullName) + (e.LinkTarget is { } target ? " -> " + target : ""))
            .Order(StringComparer.Ordinal)
            .ToList();
}
