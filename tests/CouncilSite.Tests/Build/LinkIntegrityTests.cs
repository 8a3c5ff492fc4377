using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build;

/// <summary>
/// Every internal link of the built site leads to a file of the site, wherever the output is
/// put: at a domain root, in a sub-folder of another site, or opened from disk.
/// </summary>
public sealed class LinkIntegrityTests : IDisposable
{
    private readonly TempSite _site = SampleSite.Create();
    private readonly IReadOnlyCollection<string> _files;

    public LinkIntegrityTests()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        _files = OutputSnapshot.Take(_site.Output).Paths;
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Links of every page but the 404 page, which hosts serve at any depth (tested on its own below).</summary>
    private IEnumerable<(string Page, HtmlLinks.Link Link, string? Base)> AllLinks()
    {
        foreach (var page in _files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html"))
        {
            var (links, baseHref) = HtmlLinks.Of(File.ReadAllText(Path.Combine(_site.Output, page)));
            foreach (var link in links)
            {
                yield return (page, link, baseHref);
            }
        }
    }

    [Fact]
    public void The_sample_has_pages_of_every_kind_and_many_links()
    {
        Assert.True(_files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)) >= 25);
        Assert.True(AllLinks().Count() >= 500);
    }

    [Theory]
    [InlineData("https://www.littlebramford-pc.gov.uk/")]
    [InlineData("https://example.org/councils/little-bramford/")]
    [InlineData("file:///C:/Users/clerk/Desktop/site/")]
    public void Every_internal_link_reaches_a_file_of_the_output_wherever_the_output_is_served_from(string servedAt)
    {
        var root = new Uri(servedAt);
        var failures = new List<string>();
        foreach (var (page, link, baseHref) in AllLinks())
        {
            // Links with a scheme leave the site as written; those naming the site itself fail the test below.
            if (link.Value.StartsWith('#') || HtmlLinks.HasScheme(link.Value))
            {
                continue;
            }

            var from = baseHref is null ? new Uri(root, page) : root;
            var target = new Uri(from, link.Value);
            var path = Uri.UnescapeDataString(target.AbsolutePath);
            var rootPath = Uri.UnescapeDataString(root.AbsolutePath);
            if (!path.StartsWith(rootPath, StringComparison.Ordinal))
            {
                failures.Add($"{page}: {link.Value} climbs out of the site");
                continue;
            }

            var file = path[rootPath.Length..];
            if (file.Length == 0 || file.EndsWith('/'))
            {
                file += "index.html";
            }

            if (!_files.Contains(file))
            {
                failures.Add($"{page}: <{link.Element} {link.Attribute}=\"{link.Value}\"> leads to {file}, which is not in the output");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void No_link_is_written_from_the_domain_root()
    {
        var rooted = AllLinks().Where(l => l.Link.Value.StartsWith('/')).Select(l => $"{l.Page}: {l.Link.Value}").ToList();
        Assert.True(rooted.Count == 0, string.Join("\n", rooted));
    }

    /// <summary>A canonical link and a calendar subscription (webcal:) must name the public address; nothing else may.</summary>
    [Fact]
    public void No_link_names_the_site_s_own_address_except_the_canonical_link_and_calendar_subscriptions()
    {
        var absolute = AllLinks()
            .Where(l => l.Link.Rel != "canonical" && !l.Link.Value.StartsWith("webcal:", StringComparison.Ordinal))
            .Where(l => l.Link.Value.Contains("littlebramford-pc.gov.uk/", StringComparison.Ordinal))
            .Select(l => $"{l.Page}: {l.Link.Value}")
            .ToList();
        Assert.True(absolute.Count == 0, string.Join("\n", absolute));
    }

    [Fact]
    public void Page_links_name_index_html_so_the_site_works_opened_from_disk()
    {
        var folderLinks = AllLinks()
            .Where(l => l.Link.Element == "a" && !HtmlLinks.HasScheme(l.Link.Value) && !l.Link.Value.StartsWith('#') && l.Link.Value.Split('#')[0].EndsWith('/'))
            .Select(l => $"{l.Page}: {l.Link.Value}")
            .ToList();
        Assert.True(folderLinks.Count == 0, string.Join("\n", folderLinks));
    }

    [Fact]
    public void Links_the_clerk_wrote_in_every_documented_form_lead_to_the_right_page()
    {
        var about = HtmlLinks.Of(File.ReadAllText(Path.Combine(_site.Output, "about", "index.html"))).Links.Select(l => l.Value).ToList();
        Assert.Contains("../policies/standing-orders/index.html#meetings", about);
        Assert.Contains("../meetings/index.html", about);
        Assert.Contains("../images/village-sign.svg", about);
        Assert.Contains("../village/hall/index.html", about);
        Assert.Contains("mailto:clerk@littlebramford-pc.gov.uk", about);
        Assert.Contains("../documents/index.html", about);
        Assert.Contains("../policies/complaints-policy.pdf", about);

        var minutes = HtmlLinks.Of(File.ReadAllText(Path.Combine(_site.Output, "meetings", "2026-11-19-full-council", "agenda", "index.html"))).Links.Select(l => l.Value);
        Assert.Contains("../../2026-10-15-full-council/minutes/index.html", minutes);
    }

    [Fact]
    public void The_404_page_links_from_the_root_path_of_the_site_address_and_carries_its_own_styles()
    {
        var html = File.ReadAllText(Path.Combine(_site.Output, "404.html"));
        var (links, baseHref) = HtmlLinks.Of(html);
        Assert.Null(baseHref);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(links, l => l.Rel == "stylesheet");
        var internalLinks = links.Where(l => !l.Value.StartsWith('#') && !HtmlLinks.HasScheme(l.Value)).ToList();
        Assert.NotEmpty(internalLinks);
        foreach (var link in internalLinks)
        {
            // Served at /a/b/c for a missing address, a root-path link still reaches the same file.
            Assert.StartsWith("/", link.Value);
            var file = link.Value.TrimStart('/');
            file = file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
            Assert.True(_files.Contains(file), $"404.html links to {link.Value}, which is not in the output");
        }
    }
}
