using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Language;

/// <summary>The theme's words come from strings files through <c>t</c>; what a theme author and a translator rely on.</summary>
public class StringsTests
{
    private const string About = "---\ntitle: About\n---\nText.";

    private static string Page(TempSite site, string address) =>
        File.ReadAllText(Path.Combine(site.Output, address, "index.html"));

    [Fact]
    public void A_string_shows_the_values_given_for_its_placeholders()
    {
        using var site = new TempSite(
            ("pages/about.md", About),
            ("themes/default/layouts/page.html", "<h1>{{ t 'meetings.in_year' { year: 2026 } }}</h1><p>{{ t 'pagination.page_of' { current: 2, count: 7 } }}</p>"));
        Assert.True(site.Build().Succeeded);
        Assert.Contains("<h1>Meetings in 2026</h1><p>Page 2 of 7</p>", Page(site, "about"));
    }

    [Fact]
    public void A_site_strings_file_changes_one_string_and_every_other_string_stays_the_theme_s()
    {
        using var site = new TempSite(("themes/default/strings/en.yml", "meetings:\n  title: Council meetings\n"));
        Assert.True(site.Build().Succeeded);
        var meetings = Page(site, "meetings");
        Assert.Contains("<h1>Council meetings</h1>", meetings);
        Assert.Contains(">Upcoming meetings</h2>", meetings);
        Assert.Contains("Skip to main content", meetings);
    }

    [Fact]
    public void A_string_is_text_escaped_where_it_is_printed_and_so_is_each_value_in_it()
    {
        using var site = new TempSite(
            ("pages/about.md", "---\ntitle: Fish & <b>chips</b> \"night\"\n---\nText."),
            ("themes/default/strings/en.yml", "news:\n  published: 'Out <now> & \"then\"'\n"),
            ("themes/default/layouts/page.html",
                "<p>{{ t 'news.published' }}</p><p title=\"{{ t 'news.published' }}\">{{ t 'accessibility.title' { council: page.title } }}</p>"));
        Assert.True(site.Build().Succeeded);
        var about = Page(site, "about");

        // Between tags the string's own quotes stay as written, as a theme's words did; in an attribute they are escaped.
        Assert.Contains("<p>Out &lt;now&gt; &amp; \"then\"</p>", about);
        Assert.Contains("title=\"Out &lt;now&gt; &amp; &quot;then&quot;\"", about);
        Assert.Contains("Accessibility statement for Fish &amp; &lt;b&gt;chips&lt;/b&gt; &quot;night&quot;</p>", about);
        Assert.DoesNotContain("<b>chips", about);
    }

    [Fact]
    public void A_key_missing_from_the_strings_is_an_error_naming_the_key_the_strings_file_and_the_template_line()
    {
        using var site = new TempSite(
            ("pages/about.md", About),
            ("themes/default/layouts/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ t 'meetings.no_such_string' }}</p>\n"));
        var result = site.Build();

        Assert.False(result.Succeeded);
        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.StringMissing);
        Assert.Equal("themes/default/layouts/page.html", missing.File);
        Assert.Equal(2, missing.Line);
        Assert.Contains("'meetings.no_such_string'", missing.Message);
        Assert.Contains("strings/en.yml", missing.Message);
    }

    [Fact]
    public void A_key_made_while_the_page_is_drawn_and_missing_is_the_same_error()
    {
        using var site = new TempSite(
            ("pages/about.md", About),
            ("themes/default/layouts/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ t ('meetings.' + 'nothing') }}</p>\n"));
        var result = site.Build();

        Assert.False(result.Succeeded);
        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.StringMissing);
        Assert.Equal(2, missing.Line);
        Assert.Contains("'meetings.nothing'", missing.Message);
    }

    [Fact]
    public void A_placeholder_without_its_value_is_an_error_naming_the_string_and_the_value()
    {
        using var site = new TempSite(
            ("pages/about.md", About),
            ("themes/default/layouts/page.html", "<h1>{{ t 'meetings.in_year' }}</h1>\n"));
        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.StringValueMissing, error.Code);
        Assert.Contains("'meetings.in_year'", error.Message);
        Assert.Contains("{year}", error.Message);
    }

    [Fact]
    public void A_strings_file_that_is_not_key_and_words_is_an_error_at_its_line()
    {
        using var site = new TempSite(("themes/default/strings/en.yml", "meetings:\n  title:\n    - Meetings\n"));
        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.StringsUnreadable);
        Assert.Equal("themes/default/strings/en.yml", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("'meetings.title'", error.Message);
    }

    [Fact]
    public void A_language_with_its_own_strings_file_must_have_every_string_of_the_english_one()
    {
        // Scottish Gaelic: a language the built-in theme has no strings for, so the site's file is all there is.
        using var site = new TempSite(
            ("site.yml", TempSite.SiteYml + "\nlanguage: gd"),
            ("themes/default/strings/gd.yml", "meetings:\n  title: Coinneamhan\n"));
        var result = site.Build();

        Assert.False(result.Succeeded);
        var missing = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.StringMissing).ToList();
        Assert.Contains(missing, d => d.File == "themes/default/strings/gd.yml" && d.Message.Contains("'meetings.upcoming'"));
        Assert.DoesNotContain(missing, d => d.Message.Contains("'meetings.title'"));
    }

    [Fact]
    public void A_welsh_site_shows_the_built_in_welsh_words_and_dates_in_welsh()
    {
        using var site = new TempSite(
            ("site.yml", TempSite.SiteYml + "\nlanguage: cy"),
            ("meetings/2026-01-15-full-council/meeting.yml", "time: \"19:30\"\nlocation: Neuadd y Pentref\n"),
            ("meetings/2026-01-15-full-council/agenda.md", "---\npublished: 2026-01-08\n---\n1. Ymddiheuriadau\n"));
        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.StringsNotFound or DiagnosticCodes.StringMissing or DiagnosticCodes.StringValueMissing);
        var meeting = Page(site, "meetings/2026-01-15-full-council");
        Assert.Contains("<html lang=\"cy\">", meeting);
        Assert.Contains(">Neidio i'r prif gynnwys</a>", meeting);
        Assert.Contains("<dt>Dyddiad</dt><dd><time datetime=\"2026-01-15\">Dydd Iau 15 Ionawr 2026</time></dd>", meeting);
        Assert.Contains("<h2>Agenda a chofnodion</h2>", meeting);
        Assert.Contains(">cyhoeddwyd 8 Ionawr 2026</span>", meeting);
        Assert.Contains(">Dydd Iau 15 Ionawr 2026</time> am 7:30yh, Neuadd y Pentref.</p>", Page(site, "meetings/2026-01-15-full-council/agenda"));
        var meetings = Page(site, "meetings");
        Assert.Contains("<h1>Cyfarfodydd</h1>", meetings);
        Assert.Contains(">Cyfarfodydd a gynhaliwyd yn 2026</h2>", meetings);
        Assert.DoesNotContain("Meetings", meetings);
    }

    [Fact]
    public void A_welsh_site_strings_file_changes_one_welsh_string_and_the_others_stay_the_theme_s()
    {
        using var site = new TempSite(
            ("site.yml", TempSite.SiteYml + "\nlanguage: cy"),
            ("themes/default/strings/cy.yml", "meetings:\n  title: Cyfarfodydd y cyngor\n"));
        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.StringMissing);
        var meetings = Page(site, "meetings");
        Assert.Contains("<h1>Cyfarfodydd y cyngor</h1>", meetings);
        Assert.Contains(">Cyfarfodydd i ddod</h2>", meetings);
    }

    [Fact]
    public void A_language_without_strings_shows_english_words_with_a_warning()
    {
        using var site = new TempSite(("site.yml", TempSite.SiteYml + "\nlanguage: fr"));
        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.StringsNotFound && d.Message.Contains("'fr'"));
        var meetings = Page(site, "meetings");
        Assert.Contains("<html lang=\"fr\">", meetings);
        Assert.Contains("<h1>Meetings</h1>", meetings);
    }

    [Fact]
    public void A_site_strings_file_changes_the_words_the_generator_writes_too()
    {
        using var site = new TempSite(
            ("meetings/2026-01-15-full-council/meeting.yml", "status: cancelled\n"),
            ("themes/default/strings/en.yml", "frame:\n  home: Start\nmeeting_status:\n  cancelled: Called off\nmeetings:\n  title: Council meetings\n"));
        Assert.True(site.Build().Succeeded);
        var meeting = Page(site, "meetings/2026-01-15-full-council");

        Assert.Contains(">Start</a></li>", meeting);
        Assert.Contains(">Council meetings</a></li>", meeting);
        Assert.Contains(">Called off</strong>", meeting);
        Assert.Contains("<meta name=\"description\" content=\"Called off meeting of the Full Council", meeting);
    }
}
