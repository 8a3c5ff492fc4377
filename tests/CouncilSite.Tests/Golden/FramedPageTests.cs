using Xunit.Sdk;

namespace CouncilSite.Tests.Golden;

/// <summary>The frame cut never hides a difference: what it drops or rewrites is only what varies legitimately.</summary>
public class FramedPageTests
{
    private const string Home = "index.html";

    private const string Minutes = "meetings/2026-11-19-full-council/minutes/index.html";

    [Fact]
    public void A_page_keeps_its_own_part_byte_for_byte_and_its_current_item_in_the_marker()
    {
        var page = FramedPage.Cut(Minutes, Page("../../index.html\" aria-current=\"true", "../../../index.html", "<p>Minutes</p>"));

        Assert.Equal(
            "<!DOCTYPE html>\n<html>\n<head>\n<title>A page</title>\n</head>\n<body>\n"
            + "<!-- frame: skip link and site header cut out; aria-current=\"true\" on ../../index.html -->\n"
            + "<div class=\"wrap\">\n<main id=\"main\"><p>Minutes</p></main>\n</div>\n"
            + "<!-- frame: footer cut out -->\n",
            page.Own);
    }

    [Fact]
    public void A_page_with_anything_else_in_its_body_is_not_cut()
    {
        var page = Page("meetings/index.html", "index.html", "<p>Home</p>")
            .Replace("</header>\n", "</header>\n<div class=\"banner\">Road closed</div>\n");

        Assert.Throws<TrueException>(() => FramedPage.Cut(Home, page));
    }

    [Fact]
    public void Links_leading_to_the_same_pages_from_each_page_make_the_same_frame()
    {
        var home = Frame(Home, Page("meetings/index.html", "index.html", "<p>Home</p>"));

        Assert.Equal(home, Frame(Minutes, Page("../../index.html\" aria-current=\"true", "../../../index.html", "<p>Minutes</p>")));
        Assert.Equal(home, Frame("404.html", Page("/meetings/", "/", "<p>Not found</p>")));
    }

    [Theory]
    [InlineData(Minutes, "../index.html", "../../../index.html")]
    [InlineData("404.html", "meetings/index.html", "index.html")]
    [InlineData(Home, "meetings/index.html", "index.html\" class=\"new")]
    public void A_link_leading_elsewhere_or_another_change_makes_the_frame_differ(string path, string meetings, string root)
    {
        var home = Frame(Home, Page("meetings/index.html", "index.html", "<p>Home</p>"));

        Assert.NotEqual(home, Frame(path, Page(meetings, root, "<p>Page</p>")));
    }

    private static string Frame(string path, string html) => FramedPage.Cut(path, html).Normalised(path);

    private static string Page(string meetings, string root, string main) =>
        "<!DOCTYPE html>\n<html>\n<head>\n<title>A page</title>\n</head>\n<body>\n"
        + "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n"
        + $"<header class=\"site-header\">\n<a class=\"site-name\" href=\"{root}\">Little Bramford</a>\n"
        + $"<nav class=\"site-nav\"><ul><li><a href=\"{meetings}\">Meetings</a></li></ul></nav>\n</header>\n"
        + $"<div class=\"wrap\">\n<main id=\"main\">{main}</main>\n</div>\n"
        + "<footer class=\"site-footer\"><p>Clerk: <a href=\"tel:01632960412\">01632 960412</a></p></footer>\n</body>\n</html>\n";
}
