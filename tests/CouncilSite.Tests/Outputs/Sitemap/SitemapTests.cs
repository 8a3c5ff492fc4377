using System.Xml.Linq;
using CouncilSite.Addresses;
using CouncilSite.Outputs.Sitemap;

namespace CouncilSite.Tests.Outputs.Sitemap;

public class SitemapTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Addresses_with_spaces_accents_and_ampersands_are_percent_encoded_urls_in_well_formed_xml()
    {
        var xml = SitemapWriter.Write("https://www.littlebramford-pc.gov.uk",
            ["/documents/Spring fair – café & crafts.pdf", "/news/<b>\"100%\"</b>/", "/meetings/"], [LanguageAddresses.Root]);

        var locs = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xml)).Descendants(Sitemaps + "loc").Select(l => l.Value).ToList();
        Assert.Equal(
            [
                "https://www.littlebramford-pc.gov.uk/documents/Spring%20fair%20%E2%80%93%20caf%C3%A9%20&%20crafts.pdf",
                "https://www.littlebramford-pc.gov.uk/meetings/",
                "https://www.littlebramford-pc.gov.uk/news/%3Cb%3E%22100%25%22%3C/b%3E/",
            ],
            locs);
        Assert.All(locs, loc => Assert.DoesNotMatch(@"[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]", loc));
    }

    [Fact]
    public void A_bilingual_sites_pages_each_name_the_same_page_in_every_language_it_exists_in()
    {
        var prefixes = new[] { "/cy" };
        var english = new LanguageAddresses("en", "", prefixes, new HashSet<string>());
        var welsh = new LanguageAddresses("cy", "/cy", prefixes, new HashSet<string>());
        var xml = SitemapWriter.Write("https://example.org", ["/", "/about/", "/cy/", "/cy/about/", "/only-english/"], [english, welsh]);

        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xml)).Descendants(Sitemaps + "url")
            .ToDictionary(u => u.Element(Sitemaps + "loc")!.Value, u => u.Elements(xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}").ToList());
        string[] about = ["en https://example.org/about/", "cy https://example.org/cy/about/", "x-default https://example.org/about/"];
        Assert.Equal(about, urls["https://example.org/cy/about/"]);
        Assert.Equal(about, urls["https://example.org/about/"]);
        Assert.Equal(["en https://example.org/only-english/", "x-default https://example.org/only-english/"], urls["https://example.org/only-english/"]);
    }

    [Fact]
    public void An_address_a_url_can_hold_is_left_as_it_is()
    {
        Assert.Equal("/meetings/2026-11-19-full-council/minutes/#item-5", SiteAddress.Escape("/meetings/2026-11-19-full-council/minutes/#item-5"));
    }
}
