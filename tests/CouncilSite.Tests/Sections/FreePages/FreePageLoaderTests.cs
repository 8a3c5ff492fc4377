using CouncilSite.Diagnostics;
using CouncilSite.Sections.FreePages;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.FreePages;

public class FreePageLoaderTests
{
    [Fact]
    public void A_page_s_address_follows_its_path_and_index_md_is_its_folder_s_page()
    {
        var loaded = TempSite.LoadFrom(
            ("pages/about.md", "---\ntitle: About\n---\nText."),
            ("pages/village/index.md", "---\ntitle: The village\n---\nText."),
            ("pages/village/hall.md", "---\ntitle: Village hall\n---\nText."));
        Assert.Equal(["/about/", "/village/", "/village/hall/"], loaded.Content.FreePages.Select(p => p.Address).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_index_md_is_the_home_page_introduction_not_a_page()
    {
        var loaded = TempSite.LoadFrom(("pages/index.md", "Welcome to Little Bramford."));
        Assert.Empty(loaded.Content.FreePages);
        Assert.Equal("pages/index.md", loaded.Content.HomeIntro!.File);
    }

    [Fact]
    public void Navigation_order_title_and_description_come_from_front_matter_and_order_sorts_the_pages()
    {
        var loaded = TempSite.LoadFrom(
            ("pages/contact.md", "---\ntitle: Contact us\nnav: true\norder: 2\ndescription: How to reach the clerk.\n---\nText."),
            ("pages/about.md", "---\ntitle: About\nnav: yes\norder: 1\n---\nText."),
            ("pages/privacy.md", "---\ntitle: Privacy\n---\nText."));
        Assert.Equal([("about", true, 1), ("contact", true, 2), ("privacy", false, 100)], loaded.Content.FreePages.Select(p => (p.Slug, p.Nav, p.Order)));
        Assert.Equal("How to reach the clerk.", loaded.Content.FreePages[1].Description);
    }

    [Fact]
    public void A_page_without_any_title_is_named_from_its_file_with_a_warning()
    {
        var loaded = TempSite.LoadFrom(("pages/bus-times.md", "The 52 runs hourly."));
        Assert.Equal("Bus times", Assert.Single(loaded.Content.FreePages).Title);
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.RequiredMissing), (warning.Severity, warning.Code));
    }

    [Theory]
    [InlineData("pages/meetings.md")]
    [InlineData("pages/news/index.md")]
    [InlineData("pages/Policies/list.md")]
    public void A_page_cannot_take_an_address_the_site_makes_itself(string file)
    {
        var loaded = TempSite.LoadFrom((file, "---\ntitle: Mine\n---\nText."));
        Assert.Empty(loaded.Content.FreePages);
        Assert.Equal(file, loaded.Single(DiagnosticCodes.AddressClash).File);
    }

    [Fact]
    public void A_page_and_a_static_file_claiming_one_address_is_an_error()
    {
        using var site = new TempSite(
            ("pages/about.md", "---\ntitle: About\n---\nText."),
            ("static/about/index.html", "<p>Old site</p>"));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.AddressClash);
    }
}
