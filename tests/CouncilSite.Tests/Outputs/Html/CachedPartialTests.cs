using System.Text.RegularExpressions;
using CouncilSite.Build;
using CouncilSite.Build.Incremental;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Outputs.Html;

/// <summary>The templates' <c>cached</c> function: a partial drawn once and reused where it fits.</summary>
public partial class CachedPartialTests
{
    /// <summary>Links to pages at several depths and in several sections, so that relative links differ from page to page.</summary>
    private const string Partial = """
        <p>{{ section }} <a href="{{ link '/meetings/' }}">Meetings</a> <a href="{{ link '/meetings/2026-10-15-full-council/' }}">One</a> <a href="{{ link '/news/' }}">News</a> <img src="{{ asset 'icon.svg' }}" alt=""> {{ site.name | html.escape }}</p>
        """;

    private static readonly (string Path, string Text)[] Pages =
    [
        ("meetings/2026-10-15-full-council/agenda.md", "Apologies."),
        ("meetings/2026-10-15-full-council/minutes.md", "Present: Cllr Smith."),
        ("meetings/2026-11-19-planning/agenda.md", "Applications."),
        ("news/2026-02-01-road-closure.md", "---\ntitle: The Street closed\n---\nText."),
        ("pages/about.md", "---\ntitle: About\n---\nText."),
        ("themes/default/partials/where.html", Partial),
    ];

    [Fact]
    public void A_cached_partial_is_on_every_page_exactly_as_drawing_it_on_that_page_would_give()
    {
        // The same partial, cached and drawn afresh with the same values, side by side on every page.
        using var site = new TempSite([.. Pages, ("themes/default/layouts/page.html",
            "<div id=\"cached\">{{ cached 'partials/where.html' { section: page.section } }}</div>\n<div id=\"drawn\">{{ section = page.section; include 'partials/where.html' }}</div>\n")]);
        foreach (var layout in new[] { "meeting.html", "meeting-document.html", "news-item.html", "meetings.html", "news-list.html", "home.html" })
        {
            site.Write($"themes/default/layouts/{layout}", File.ReadAllText(site.PathOf("themes/default/layouts/page.html")));
        }

        Assert.True(site.Build().Succeeded);

        var pages = Directory.GetFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => File.ReadAllText(f))
            .Where(html => html.Contains("id=\"cached\"", StringComparison.Ordinal))
            .ToList();
        Assert.True(pages.Count >= 8, $"only {pages.Count} pages drew the partial");
        foreach (var html in pages)
        {
            var cached = Between(html, "<div id=\"cached\">");
            Assert.Equal(Between(html, "<div id=\"drawn\">"), cached);
            Assert.Contains("Little Bramford Parish Council", cached);
        }

        // The pages really were at different depths, so a partial drawn once for all would have been wrong.
        Assert.True(pages.Select(html => Between(html, "<div id=\"cached\">")).Distinct().Count() >= 4);
    }

    [Fact]
    public void The_built_in_navigation_marks_the_current_section_and_page_from_every_depth()
    {
        using var site = new TempSite(Pages);
        Assert.True(site.Build().Succeeded);

        Assert.Contains("<a href=\"index.html\" aria-current=\"page\">Meetings</a>", Nav(site, "meetings"));
        Assert.Contains("<a href=\"../../index.html\" aria-current=\"true\">Meetings</a>", Nav(site, "meetings/2026-10-15-full-council/minutes"));
        Assert.Contains("<a href=\"../index.html\" aria-current=\"true\">Meetings</a>", Nav(site, "meetings/2026-11-19-planning"));
        Assert.Contains("<a href=\"../../meetings/index.html\">Meetings</a>", Nav(site, "news/2026-02-01-road-closure"));
        Assert.Contains("<a href=\"../index.html\" aria-current=\"true\">News</a>", Nav(site, "news/2026-02-01-road-closure"));
        Assert.Contains("<a href=\"meetings/index.html\">Meetings</a>", Nav(site, ""));
    }

    [Fact]
    public void A_cached_partial_that_reads_the_page_is_an_error_naming_the_partial_and_nothing_is_published()
    {
        using var site = new TempSite([.. Pages,
            ("themes/default/partials/where.html", "<p>{{ site.name }}</p>\n<p>{{ page.title }}</p>\n"),
            ("themes/default/layouts/page.html", "{{ cached 'partials/where.html' }}\n")]);
        var outcome = CommandRunner.Build(site);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Matches(@"themes/default/partials/where\.html\(2,\d+\): error " + DiagnosticCodes.TemplateError + ": .*page", outcome.Stderr);
        Assert.Matches(@"themes/default/layouts/page\.html\(1,\d+\): error " + DiagnosticCodes.TemplateError + @": The partial 'partials/where\.html' could not be drawn", outcome.Stderr);
        Assert.DoesNotContain("Exception", outcome.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_preview_never_keeps_a_page_whose_cached_partial_failed()
    {
        // The partial fails on the about page only; the preview's next build must say so again, not reuse a page without it.
        using var site = new TempSite([.. Pages,
            ("themes/default/partials/where.html", "{{ if title == 'About' }}{{ nothing.there }}{{ end }}<p>{{ title }}</p>\n"),
            ("themes/default/layouts/page.html", "{{ cached 'partials/where.html' { title: page.title } }}\n")]);
        var session = new BuildSession(inMemory: true);
        var options = new BuildOptions(site.Root, site.Output, TempSite.Today);

        Assert.False(SiteBuilder.Build(options, session).Succeeded);
        site.Write("news/2026-03-01-fete.md", "---\ntitle: The fete\n---\nText.");
        var again = SiteBuilder.Build(options, session);

        Assert.False(again.Succeeded);
        Assert.Contains(again.Diagnostics, d => d.File.EndsWith("layouts/page.html", StringComparison.Ordinal) && d.Message.Contains("could not be drawn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cached_partial_that_is_not_in_the_theme_is_an_error_at_the_line_that_asks_for_it()
    {
        using var site = new TempSite([.. Pages, ("themes/default/layouts/page.html", "<p>About</p>\n{{ cached 'partials/no-such.html' }}\n")]);
        var outcome = CommandRunner.Build(site);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Matches(@"themes/default/layouts/page\.html\(2,\d+\): error " + DiagnosticCodes.TemplateError + @": The theme has no usable partial 'partials/no-such\.html'", outcome.Stderr);
    }

    [Fact]
    public void A_value_that_is_not_text_a_number_or_true_or_false_is_an_error_saying_what_to_pass()
    {
        using var site = new TempSite([.. Pages, ("themes/default/layouts/page.html", "{{ cached 'partials/where.html' { section: page } }}\n")]);
        var outcome = CommandRunner.Build(site);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Matches(@"themes/default/layouts/page\.html\(1,\d+\): error " + DiagnosticCodes.TemplateError + ": The value 'section' given to 'cached' is not text", outcome.Stderr);
    }

    private static string Nav(TempSite site, string folder)
    {
        var html = File.ReadAllText(Path.Combine(site.Output, folder, "index.html"));
        return NavPattern().Match(html).Value;
    }

    private static string Between(string html, string start)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return html[from..html.IndexOf("</div>", from, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<nav class=\"site-nav\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex NavPattern();
}
