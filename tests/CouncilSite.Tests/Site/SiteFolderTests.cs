using CouncilSite.Diagnostics;
using CouncilSite.Site;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Site;

public class SiteFolderTests
{
    [Fact]
    public void Hidden_files_and_editor_leftovers_are_never_published()
    {
        using var site = new TempSite(
            ("static/images/sign.svg", "<svg/>"),
            ("static/.DS_Store", "x"),
            ("static/images/~$draft.docx", "x"),
            ("static/images/sign.svg~", "x"),
            ("static/Thumbs.db", "x"),
            ("static/.git/config", "x"));
        var diagnostics = new DiagnosticBag();
        Assert.Equal(["static/images/sign.svg"], new SiteFolder(site.Root, diagnostics).Files("static"));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void A_link_to_a_file_inside_the_site_folder_is_followed()
    {
        using var site = new TempSite(
            ("documents/budget-2026-27.pdf", "%PDF budget"),
            ("documents/budget-2026-27.yml", "title: Budget"),
            ("static/favicon.svg", "<svg/>"));
        File.CreateSymbolicLink(site.PathOf("static/budget.pdf"), site.PathOf("documents/budget-2026-27.pdf"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("%PDF budget", File.ReadAllText(Path.Combine(site.Output, "budget.pdf")));
    }

    [Fact]
    public void A_link_to_a_folder_inside_the_site_folder_is_followed()
    {
        using var site = new TempSite(("static/images/councillors/jane.svg", "<svg/>"));
        Directory.CreateSymbolicLink(site.PathOf("static/photos"), site.PathOf("static/images/councillors"));
        var diagnostics = new DiagnosticBag();
        Assert.Equal(["static/images/councillors/jane.svg", "static/photos/jane.svg"], new SiteFolder(site.Root, diagnostics).Files("static"));
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void A_file_not_saved_as_utf8_is_reported_on_the_line_of_the_first_bad_character()
    {
        using var site = new TempSite();
        site.WriteBytes("pages/about.md", [.. "---\ntitle: About\n---\nPrices\n\nAllotments "u8, 0xA3, .. "20 a year.\n"u8]);
        var diagnostics = new DiagnosticBag();
        Assert.Null(new SiteFolder(site.Root, diagnostics).ReadText("pages/about.md", FileLimit.Markdown));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.FileUnreadable, 6), (error.Code, error.Line));
    }
}
