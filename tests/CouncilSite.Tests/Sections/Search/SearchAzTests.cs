using AngleSharp.Html.Parser;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.FreePages;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Policies;
using CouncilSite.Site;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Search;

/// <summary>Without JavaScript, /search/ is an A-Z of everything that stands on its own page, as docs/search.md promises.</summary>
public class SearchAzTests(ExampleSiteBuild example) : IClassFixture<ExampleSiteBuild>
{
    [Fact]
    public void Every_policy_councillor_dataset_document_and_clerks_page_of_the_example_site_is_in_the_a_to_z()
    {
        var content = ExampleContent();
        string[] expected =
        [
            .. content.Policies.Select(p => p.Address),
            .. content.Councillors.Select(c => c.Address),
            .. content.Data.Datasets.Select(d => DatasetView.From(d, TestFormat.English).Address),
            .. content.Documents.Select(d => d.Address),
            .. content.FreePages.Select(p => p.Address),
        ];
        Assert.Contains(content.Policies, p => p.Committee is not null);

        var listed = AzAddresses();

        Assert.Empty(expected.Except(listed));
        Assert.Empty(content.Meetings.SelectMany(m => m.Papers).Select(p => p.Address).Intersect(listed));
    }

    private HashSet<string> AzAddresses()
    {
        var page = new Uri("https://example.org/search/index.html");
        var html = File.ReadAllText(Path.Combine(example.Output, "search", "index.html"));
        var nav = new HtmlParser().ParseDocument(html).QuerySelector("nav[aria-labelledby=a-z]")!;
        return nav.QuerySelectorAll(".a-z__list a")
            .Select(a => new Uri(page, a.GetAttribute("href")).AbsolutePath)
            .Select(path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static SiteContent ExampleContent()
    {
        var diagnostics = new DiagnosticBag();
        var folder = new SiteFolder(ExampleSiteBuild.SiteFolder, diagnostics);
        var config = SiteConfigLoader.Load(folder, diagnostics)!;
        return ContentLoader.Load(new LoadContext(folder, config, new MarkdownEngine(), diagnostics, TempSite.Today));
    }
}
