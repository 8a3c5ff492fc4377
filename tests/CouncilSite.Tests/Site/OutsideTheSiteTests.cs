using CouncilSite.Diagnostics;
using CouncilSite.Site;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Site;

/// <summary>
/// Nothing outside the site folder is ever read or published: not through a path a clerk (or
/// someone else) writes in a setting, nor through a link, however the path or link is written.
/// </summary>
public class OutsideTheSiteTests
{
    private const string Secret = "the treasurer's bank details";

    /// <summary>A site with a secret file beside it, in the folder a path must never reach.</summary>
    private static TempSite SiteBesideASecret(params (string Path, string Text)[] files)
    {
        var site = new TempSite(files);
        Directory.CreateDirectory(Path.Combine(site.Outside, "assets"));
        File.WriteAllText(Path.Combine(site.Outside, "assets", "secret.txt"), Secret);
        return site;
    }

    private static void AssertNothingOfTheSecretPublished(TempSite site) =>
        Assert.False(Directory.Exists(site.Output) && Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Any(f => File.ReadAllText(f).Contains(Secret)),
            "The secret outside the site folder was published.");

    [Fact]
    public void A_theme_that_climbs_out_of_the_site_folder_is_an_error_on_its_line_and_nothing_of_it_is_published()
    {
        using var site = SiteBesideASecret(("site.yml", TempSite.SiteYml + "\ntheme: ../../outside\n"));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.SettingLeavesSite, "site.yml", 8), (error.Code, error.File, error.Line));
        AssertNothingOfTheSecretPublished(site);
    }

    [Fact]
    public void A_theme_folder_written_with_dots_that_stays_in_themes_is_used()
    {
        using var site = new TempSite(("site.yml", TempSite.SiteYml + "\ntheme: ../themes/village\n"), ("themes/village/assets/extra.css", "p{}"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "extra.css")));
    }

    [Theory]
    [InlineData("photo: /../../outside/assets/secret.txt\nphoto_alt: Jane Smith", "photo")]
    [InlineData("photo: /../../../../../../../../etc/passwd\nphoto_alt: Jane Smith", "photo")]
    [InlineData("interests: ../../outside/assets/secret.txt", "interests")]
    [InlineData("interests: /../../../../../../../../etc/passwd", "interests")]
    public void A_councillor_file_named_outside_the_site_folder_is_an_error_on_its_line(string setting, string key)
    {
        using var site = SiteBesideASecret(("councillors/jane-smith.md", $"---\nname: Jane Smith\n{setting}\n---\nJane chairs the council.\n"));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.SettingLeavesSite, "councillors/jane-smith.md", 3), (error.Code, error.File, error.Line));
        Assert.Contains($"'{key}'", error.Message);
        AssertNothingOfTheSecretPublished(site);
    }

    [Fact]
    public void A_photo_through_a_linked_folder_that_leads_out_is_refused()
    {
        using var site = SiteBesideASecret(
            ("councillors/jane-smith.md", "---\nname: Jane Smith\nphoto: /photos/secret.txt\nphoto_alt: Jane\n---\nJane.\n"),
            ("static/favicon.svg", "<svg/>"));
        Directory.CreateSymbolicLink(site.PathOf("static/photos"), Path.Combine(site.Outside, "assets"));
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.SettingLeavesSite, File: "councillors/jane-smith.md", Line: 3 });
        AssertNothingOfTheSecretPublished(site);
    }

    [Fact]
    public void A_link_whose_target_passes_through_a_linked_folder_that_leads_out_is_refused()
    {
        // The link's own target reads as inside the site (site/inner/...), but 'inner' is a link to outside.
        using var site = SiteBesideASecret(("static/favicon.svg", "<svg/>"));
        Directory.CreateSymbolicLink(site.PathOf("inner"), Path.Combine(site.Outside, "assets"));
        File.CreateSymbolicLink(site.PathOf("static/notes.txt"), Path.Combine("..", "inner", "secret.txt"));
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.LinkLeavesSite, File: "static/notes.txt" });
        AssertNothingOfTheSecretPublished(site);
    }

    [Fact]
    public void A_site_yml_that_is_a_link_to_outside_says_so_instead_of_that_there_is_none()
    {
        using var site = new TempSite();
        var outside = Path.Combine(site.Outside, "site.yml");
        File.Move(site.PathOf("site.yml"), outside);
        File.CreateSymbolicLink(site.PathOf("site.yml"), outside);
        var (config, diagnostics) = site.LoadConfig();
        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.LinkLeavesSite, "site.yml"), (error.Code, error.File));
        Assert.Contains("outside the site folder", error.Message);
    }

    [Fact]
    public void The_one_read_gate_refuses_a_file_that_leads_outside()
    {
        using var site = SiteBesideASecret();
        Directory.CreateDirectory(site.PathOf("data"));
        File.CreateSymbolicLink(site.PathOf("data/spending.csv"), Path.Combine(site.Outside, "assets", "secret.txt"));
        var diagnostics = new DiagnosticBag();
        var folder = new SiteFolder(site.Root, diagnostics);
        Assert.Null(folder.ReadBytes("data/spending.csv", FileLimit.Csv));
        Assert.Null(folder.ReadText("data/../../outside/assets/secret.txt", FileLimit.Settings));
        Assert.All(diagnostics.ToSortedList(), d => Assert.Equal(DiagnosticCodes.LinkLeavesSite, d.Code));
        Assert.Equal(2, diagnostics.ToSortedList().Count);
    }

    [Fact]
    public void A_site_folder_reached_through_a_link_still_reads_its_own_files()
    {
        using var site = new TempSite(("static/favicon.svg", "<svg/>"));
        var link = Path.Combine(site.Outside, "link-to-site");
        Directory.CreateSymbolicLink(link, site.Root);
        File.CreateSymbolicLink(site.PathOf("static/icon.svg"), site.PathOf("static/favicon.svg"));
        var diagnostics = new DiagnosticBag();
        var folder = new SiteFolder(link, diagnostics);
        Assert.Equal(["static/favicon.svg", "static/icon.svg"], folder.Files("static"));
        Assert.Equal("<svg/>", System.Text.Encoding.UTF8.GetString(folder.ReadBytes("static/icon.svg", FileLimit.Theme) ?? []));
        Assert.Empty(diagnostics.ToSortedList());
    }
}
