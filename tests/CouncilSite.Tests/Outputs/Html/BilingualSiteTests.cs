using System.Net;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CouncilSite.Build;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Outputs.Html;

/// <summary>
/// The example council in Welsh and English (<c>languages: [en, cy]</c>), as residents of either
/// language meet it: every page in both, a switch on every page that leads to the same page in the
/// other language, the right <c>lang</c> for screen readers, and one copy of every file published as it is.
/// </summary>
public class BilingualSiteTests(ExampleSiteBuild example) : IClassFixture<ExampleSiteBuild>
{
    private const string Url = "https://www.littlebramford-pc.gov.uk";

    private const string NotTranslated = "Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto, felly mae hi yn Saesneg.";

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_page_exists_in_English_and_in_Welsh()
    {
        var english = Pages().Where(p => !IsWelsh(p)).ToList();
        var welsh = Pages().Where(IsWelsh).ToList();

        Assert.True(english.Count > 150, $"Only {english.Count} English pages were built");
        Assert.Equal(english.Select(p => "cy/" + p), welsh);
    }

    [Fact]
    public void Every_language_switch_leads_to_the_same_page_in_the_other_language_and_back()
    {
        foreach (var page in Pages())
        {
            var target = SwitchTarget(page);
            Assert.True(target == Counterpart(page), $"{page}: its language switch leads to {target}, not to {Counterpart(page)}");
            Assert.True(File.Exists(Path.Combine(example.Output, target)), $"{page}: its language switch leads to {target}, which was not built");
            Assert.True(SwitchTarget(target) == page, $"{target}: its language switch does not lead back to {page}");
        }
    }

    [Fact]
    public void The_switch_names_the_other_language_in_that_language()
    {
        var english = Read("about/index.html").QuerySelector("nav.language-switch a")!;
        var welsh = Read("cy/about/index.html").QuerySelector("nav.language-switch a")!;

        Assert.Equal(("Cymraeg", "cy", "cy"), (english.TextContent, english.GetAttribute("lang"), english.GetAttribute("hreflang")));
        Assert.Equal(("English", "en", "en"), (welsh.TextContent, welsh.GetAttribute("lang"), welsh.GetAttribute("hreflang")));
    }

    [Fact]
    public void Every_page_says_its_own_language_and_names_both_and_the_default_in_its_head()
    {
        foreach (var page in Pages().Where(p => p is not "404.html" and not "cy/404.html"))
        {
            var document = Read(page);
            Assert.True(document.DocumentElement.GetAttribute("lang") == (IsWelsh(page) ? "cy" : "en"), $"{page}: <html lang=\"{document.DocumentElement.GetAttribute("lang")}\">");

            var alternates = document.Head!.QuerySelectorAll("link[rel=alternate][hreflang]")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
            var english = IsWelsh(page) ? Counterpart(page) : page;
            Assert.True(alternates.Count == 3, $"{page}: {alternates.Count} hreflang links in its head");
            Assert.Equal(Url + Address(english), alternates["en"]);
            Assert.Equal(Url + Address(english), alternates["x-default"]);
            Assert.Equal(Url + Address("cy/" + english), alternates["cy"]);
        }
    }

    [Fact]
    public void Only_Welsh_pages_without_a_translation_show_the_notice_and_mark_their_text_English()
    {
        var untranslated = new List<string>();
        foreach (var page in Pages())
        {
            var main = Read(page).QuerySelector("main")!;
            var notices = main.QuerySelectorAll("p.notice.untranslated");
            var englishText = main.QuerySelectorAll("div[lang=en]");
            if (!IsWelsh(page))
            {
                Assert.True(notices.Length == 0 && englishText.Length == 0, $"{page}: an English page says it is not translated");
                continue;
            }

            Assert.True(notices.Length == englishText.Length && notices.Length <= 1, $"{page}: {notices.Length} notices and {englishText.Length} English blocks");
            if (notices.Length == 1)
            {
                Assert.Equal(NotTranslated, notices[0].TextContent);
                untranslated.Add(page);
            }
        }

        Assert.Contains("cy/policies/standing-orders/index.html", untranslated);
        Assert.Contains("cy/news/2026-11-21-local-plan-consultation/index.html", untranslated);
        string[] translated =
        [
            "cy/index.html", "cy/about/index.html", "cy/contact/index.html",
            "cy/meetings/2026-01-15-full-council/agenda/index.html", "cy/meetings/2026-01-15-full-council/minutes/index.html",
            "cy/meetings/2026-03-19-full-council/minutes/index.html", "cy/policies/equality-and-diversity-policy/index.html",
            "cy/news/2026-02-16-road-closure-the-street/index.html",
        ];
        Assert.Empty(translated.Intersect(untranslated));
    }

    [Fact]
    public void The_Welsh_translation_is_what_the_Welsh_page_shows()
    {
        var english = Read("about/index.html");
        var welsh = Read("cy/about/index.html");

        Assert.NotEqual(english.QuerySelector("h1")!.TextContent, welsh.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(english.QuerySelector("main")!.TextContent.Split('\n').First(l => l.Length > 40), welsh.QuerySelector("main")!.TextContent);
        Assert.Equal("Cyngor Plwyf Little Bramford", welsh.QuerySelector("a.site-name")!.TextContent);
    }

    [Theory]
    [InlineData("news/feed.xml")]
    [InlineData("meetings/feed.xml")]
    [InlineData("documents/feed.xml")]
    public void Each_feed_has_a_Welsh_copy_under_cy_with_a_Welsh_title(string feed)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var english = XDocument.Load(Path.Combine(example.Output, feed)).Root!;
        var welsh = XDocument.Load(Path.Combine(example.Output, "cy", feed)).Root!;

        Assert.Equal("en", english.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal("cy", welsh.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.StartsWith("Cyngor Plwyf Little Bramford: ", welsh.Element(atom + "title")!.Value);
        Assert.Equal(Url + "/cy/" + feed, welsh.Element(atom + "id")!.Value);
        Assert.All(welsh.Elements(atom + "entry").SelectMany(e => e.Elements(atom + "link")),
            link => Assert.True(!link.Attribute("href")!.Value.EndsWith('/') || link.Attribute("href")!.Value.StartsWith(Url + "/cy/", StringComparison.Ordinal), link.ToString()));
    }

    [Theory]
    [InlineData("meetings/calendar.ics")]
    [InlineData("committees/planning/calendar.ics")]
    public void Each_calendar_has_a_Welsh_copy_under_cy_with_a_Welsh_name(string calendar)
    {
        var welsh = File.ReadAllLines(Path.Combine(example.Output, "cy", calendar));

        Assert.Contains(welsh, l => l.StartsWith("X-WR-CALNAME:Cyngor Plwyf Little Bramford", StringComparison.Ordinal));
        Assert.Contains(welsh, l => l.StartsWith("URL:", StringComparison.Ordinal) && l.Contains("/cy/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sitemap_lists_each_page_in_both_languages_each_naming_the_other()
    {
        XNamespace map = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = XDocument.Load(Path.Combine(example.Output, "sitemap.xml")).Root!.Elements(map + "url")
            .ToDictionary(u => u.Element(map + "loc")!.Value, u => u.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));

        foreach (var loc in new[] { Url + "/about/", Url + "/cy/about/" })
        {
            Assert.True(urls.ContainsKey(loc), $"The sitemap has no {loc}");
            Assert.Equal(Url + "/about/", urls[loc]["en"]);
            Assert.Equal(Url + "/cy/about/", urls[loc]["cy"]);
        }

        Assert.Equal(urls.Keys.Count(u => !u.StartsWith(Url + "/cy/", StringComparison.Ordinal)), urls.Keys.Count(u => u.StartsWith(Url + "/cy/", StringComparison.Ordinal)));
        Assert.False(File.Exists(Path.Combine(example.Output, "cy", "sitemap.xml")));
    }

    /// <summary>The Welsh folder holds only pages, feeds, calendars and the search index: the clerk's files and the theme's are published once.</summary>
    [Fact]
    public void Files_published_as_they_are_are_not_copied_under_cy()
    {
        var welshFiles = Directory.EnumerateFiles(Path.Combine(example.Output, "cy"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(example.Output, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith(".html", StringComparison.Ordinal) && !f.StartsWith("cy/search/index/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.All(welshFiles, f => Assert.True(f.EndsWith("/feed.xml", StringComparison.Ordinal) || f.EndsWith("/calendar.ics", StringComparison.Ordinal), $"{f} is copied under cy/"));
        Assert.True(File.Exists(Path.Combine(example.Output, "meetings/2026-01-15-full-council/draft-budget-2026-27.pdf")));
        Assert.False(Directory.Exists(Path.Combine(example.Output, "cy", "assets")));
    }

    [Fact]
    public void A_Welsh_page_links_to_the_one_copy_of_a_PDF_at_the_root()
    {
        const string page = "cy/meetings/2026-01-15-full-council/index.html";
        var pdfs = Read(page).QuerySelectorAll("a[href$='.pdf']").Select(a => Resolve(page, a.GetAttribute("href")!)).ToList();

        Assert.Contains("meetings/2026-01-15-full-council/draft-budget-2026-27.pdf", pdfs);
        Assert.All(pdfs, pdf => Assert.True(File.Exists(Path.Combine(example.Output, pdf)), pdf));
    }

    [Fact]
    public void Two_builds_of_the_bilingual_site_are_byte_identical()
    {
        var second = Path.Combine(Path.GetTempPath(), "councilsite-tests", "example-again-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildOptions(Path.Combine(example.Root, "example-site"), second, TempSite.Today));
            Assert.True(result.Succeeded);
            var again = OutputSnapshot.Take(second);
            again.AssertSameAs(OutputSnapshot.Take(example.Output));
            Assert.Contains("cy/about/index.html", again.Paths);
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    private IEnumerable<string> Pages()
    {
        Assert.True(example.Result.Succeeded, string.Join("\n", example.Result.Diagnostics));
        return Directory.EnumerateFiles(example.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(example.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    private IDocument Read(string page) => Parser.ParseDocument(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(example.Output, page))));

    /// <summary>The file the page's one language-switch link leads to; the 404 page's links start at the site's root, as a host serves it at any depth.</summary>
    private string SwitchTarget(string page)
    {
        var links = Read(page).QuerySelectorAll("nav.language-switch a");
        Assert.True(links.Length == 1, $"{page}: {links.Length} language-switch links");
        return Resolve(page, links[0].GetAttribute("href")!);
    }

    private static string Resolve(string page, string href)
    {
        var from = new Uri(new Uri("https://site.invalid/"), page == "404.html" ? "a/missing/address/" : page);
        var path = WebUtility.UrlDecode(new Uri(from, href).AbsolutePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static bool IsWelsh(string page) => page.StartsWith("cy/", StringComparison.Ordinal);

    private static string Counterpart(string page) => IsWelsh(page) ? page["cy/".Length..] : "cy/" + page;

    private static string Address(string page) => "/" + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);
}
