using CouncilSite.Rendering.Markdown;

namespace CouncilSite.Tests.Rendering.Markdown;

public class RawHtmlLinksTests
{
    [Fact]
    public void Finds_href_and_src_in_every_quoting_style_decoded()
    {
        var urls = RawHtmlLinks.In("<a href=\"/a/?x=1&amp;y=2\">A</a> <img alt='b' src='/b.png'> <a HREF=/c/>C</a> <p>href=\"/not-a-tag/\"</p>");
        Assert.Equal(["/a/?x=1&y=2", "/b.png", "/c/"], urls.Select(u => u.Address));
    }

    [Fact]
    public void The_index_of_each_address_points_at_its_first_character()
    {
        const string html = "Read <a title=\"x\" href=\"/policies/\">this</a>";
        var url = Assert.Single(RawHtmlLinks.In(html));
        Assert.Equal("/policies/", html.Substring(url.Index, url.Address.Length));
    }

    [Fact]
    public void Rewrites_only_the_addresses_and_encodes_what_it_writes()
    {
        var html = RawHtmlLinks.Rewrite("<a class=\"x\" href='/a/'>A &amp; B</a><img src=/b.png alt=\"href=/c/\">", url => url == "/a/" ? "../a/index.html?p=1&q=2" : "../b.png");
        Assert.Equal("<a class=\"x\" href='../a/index.html?p=1&amp;q=2'>A &amp; B</a><img src=../b.png alt=\"href=/c/\">", html);
    }
}
