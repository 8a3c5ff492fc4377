using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Theme;

public class ThemeTests
{
    private const string OwnPageLayout = "<h1 class=\"council-own\">{{ page.title | html.escape }}</h1>\n<div class=\"prose\">{{ page.content }}</div>\n";

    [Fact]
    public void A_site_theme_file_overrides_the_built_in_one_and_the_other_built_in_files_are_still_used()
    {
        using var site = new TempSite(
            ("pages/about.md", "---\ntitle: About\n---\nWe meet monthly."),
            ("themes/default/layouts/page.html", OwnPageLayout));
        Assert.True(site.Build().Succeeded);

        var about = File.ReadAllText(Path.Combine(site.Output, "about", "index.html"));
        Assert.Contains("<h1 class=\"council-own\">About</h1>", about);
        Assert.Contains("<p>We meet monthly.</p>", about);
        Assert.Contains("Skip to main content", about);

        var meetings = File.ReadAllText(Path.Combine(site.Output, "meetings", "index.html"));
        Assert.DoesNotContain("council-own", meetings);
        Assert.Contains("<h1>Meetings</h1>", meetings);
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "style.css")));
    }

    [Fact]
    public void A_site_theme_asset_replaces_the_built_in_asset()
    {
        using var site = new TempSite(("themes/default/assets/style.css", "body { color: #0b0c0c; }\n"));
        Assert.True(site.Build().Succeeded);
        Assert.Equal("body { color: #0b0c0c; }\n", File.ReadAllText(Path.Combine(site.Output, "assets", "style.css")));
    }

    [Fact]
    public void A_named_theme_in_site_yml_is_read_from_its_folder()
    {
        using var site = new TempSite(
            ("site.yml", TempSite.SiteYml + "\ntheme: bramford"),
            ("pages/about.md", "---\ntitle: About\n---\nText."),
            ("themes/bramford/layouts/page.html", OwnPageLayout));
        Assert.True(site.Build().Succeeded);
        Assert.Contains("council-own", File.ReadAllText(Path.Combine(site.Output, "about", "index.html")));
    }

    [Fact]
    public void A_syntax_error_in_a_site_theme_template_names_the_theme_file_and_line_and_publishes_nothing()
    {
        using var site = new TempSite(("pages/about.md", "---\ntitle: About\n---\nText."));
        Assert.Equal(0, CommandRunner.Build(site).ExitCode);
        var before = OutputSnapshot.Take(site.Output);

        site.Write("themes/default/layouts/page.html", "<h1>{{ page.title | html.escape }}</h1>\n{{ if page.content }}\n{{ page.content }}\n");
        var outcome = CommandRunner.Build(site);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"themes/default/layouts/page.html(", outcome.Stderr);
        Assert.Matches(@"themes/default/layouts/page\.html\(\d+,\d+\): error CS160: ", outcome.Stderr);
        Assert.DoesNotContain("Exception", outcome.Stderr);
        OutputSnapshot.Take(site.Output).AssertSameAs(before);
    }

    [Fact]
    public void A_runtime_error_in_a_site_theme_template_names_the_theme_file_and_line()
    {
        using var site = new TempSite(
            ("pages/about.md", "---\ntitle: About\n---\nText."),
            ("themes/default/layouts/page.html", "<h1>{{ page.title | html.escape }}</h1>\n<p>{{ page.title | string.shout }}</p>\n"));
        var outcome = CommandRunner.Build(site);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"themes/default/layouts/page.html(2,", outcome.Stderr);
        Assert.Contains($"error {DiagnosticCodes.TemplateError}:", outcome.Stderr);
        Assert.DoesNotContain("Exception", outcome.Stderr);
    }
}
