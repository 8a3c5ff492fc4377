using CouncilSite.Addresses;

namespace CouncilSite.Tests.Addresses;

public class SiteAddressTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/about/", "about/index.html")]
    [InlineData("/meetings/2026-01-15-full-council/agenda/", "meetings/2026-01-15-full-council/agenda/index.html")]
    [InlineData("/data/spending-2025-26.csv", "data/spending-2025-26.csv")]
    [InlineData("/404.html", "404.html")]
    public void Every_page_is_an_index_html_in_its_own_folder(string address, string path) =>
        Assert.Equal(path, SiteAddress.OutputPath(address));

    [Theory]
    [InlineData("/", "/", "index.html")]
    [InlineData("/", "/about/", "about/index.html")]
    [InlineData("/", "/images/sign.png", "images/sign.png")]
    [InlineData("/about/", "/", "../index.html")]
    [InlineData("/about/", "/about/", "index.html")]
    [InlineData("/about/", "/contact/", "../contact/index.html")]
    [InlineData("/meetings/", "/meetings/2026/", "2026/index.html")]
    [InlineData("/meetings/2026/", "/meetings/2026-01-15-full-council/", "../2026-01-15-full-council/index.html")]
    [InlineData("/meetings/2026-01-15-full-council/", "/meetings/2026-01-15-full-council/agenda/", "agenda/index.html")]
    [InlineData("/meetings/2026-01-15-full-council/", "/meetings/2026-01-15-full-council/budget.pdf", "budget.pdf")]
    [InlineData("/meetings/2026-01-15-full-council/agenda/", "/meetings/2026-01-15-full-council/budget.pdf", "../budget.pdf")]
    [InlineData("/meetings/2026-01-15-full-council/agenda/", "/meetings/2026-01-15-full-council/", "../index.html")]
    [InlineData("/meetings/2026-01-15-full-council/minutes/", "/policies/standing-orders/", "../../../policies/standing-orders/index.html")]
    [InlineData("/village/hall/", "/village/", "../index.html")]
    [InlineData("/404.html", "/about/", "about/index.html")]
    [InlineData("/about/", "/404.html", "../404.html")]
    [InlineData("/meet/x/", "/meetings/x/", "../../meetings/x/index.html")]
    [InlineData("/meetings/x/", "/meet/x/", "../../meet/x/index.html")]
    [InlineData("/meet/x", "/meet/y", "y")]
    [InlineData("/a//", "/a/x", "../x")]
    public void Links_between_addresses_are_relative(string from, string to, string expected) =>
        Assert.Equal(expected, SiteAddress.Relative(from, to));

    [Theory]
    [InlineData("/documents/", "/documents/javascript:alert(1).pdf", "./javascript:alert(1).pdf")]
    [InlineData("/documents/", "/documents/minutes: draft/", "./minutes: draft/index.html")]
    [InlineData("/", "/a:b/c/", "./a:b/c/index.html")]
    [InlineData("/news/", "/documents/a:b.pdf", "../documents/a:b.pdf")]
    public void A_link_whose_first_name_has_a_colon_is_not_read_as_a_scheme(string from, string to, string expected) =>
        Assert.Equal(expected, SiteAddress.Relative(from, to));

    [Theory]
    [InlineData("/policies/standing-orders/", "/policies/standing-orders/#meetings", "index.html#meetings")]
    [InlineData("/minutes/", "/policies/standing-orders/#meetings", "../policies/standing-orders/index.html#meetings")]
    [InlineData("/", "/#next-meetings", "index.html#next-meetings")]
    public void A_fragment_is_kept_after_the_relative_path(string from, string to, string expected) =>
        Assert.Equal(expected, SiteAddress.Relative(from, to));

    public static TheoryData<string, string> Pairs()
    {
        string[] addresses =
        [
            "/", "/about/", "/village/hall/", "/meetings/", "/meetings/2026/", "/meetings/2026-01-15-full-council/",
            "/meetings/2026-01-15-full-council/agenda/", "/meetings/2026-01-15-full-council/budget.pdf",
            "/data/spending.csv", "/404.html", "/images/councillors/jane.jpg", "/meet/", "/meetings/2026-01-15-full/",
            "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/", "/meet/x",
        ];
        var data = new TheoryData<string, string>();
        foreach (var from in addresses)
        {
            foreach (var to in addresses)
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_relative_link_followed_from_the_page_reaches_the_target_file(string from, string to)
    {
        var site = new Uri("https://example.org/some/sub/folder/");
        var page = new Uri(site, SiteAddress.OutputPath(from));
        var reached = new Uri(page, SiteAddress.Relative(from, to));
        Assert.Equal(new Uri(site, SiteAddress.OutputPath(to)), reached);
    }

    [Theory]
    [InlineData("/", "")]
    [InlineData("/404.html", "")]
    [InlineData("/about/", "../")]
    [InlineData("/meetings/2026-01-15-full-council/agenda/", "../../../")]
    public void The_root_seen_from_a_page_climbs_one_level_per_folder(string from, string root) =>
        Assert.Equal(root, SiteAddress.Root(from));
}
