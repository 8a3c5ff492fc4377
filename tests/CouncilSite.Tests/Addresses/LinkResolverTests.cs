using CouncilSite.Addresses;
using CouncilSite.Diagnostics;

namespace CouncilSite.Tests.Addresses;

public class LinkResolverTests
{
    private const string Minutes = "meetings/2026-02-12-full-council/minutes.md";
    private readonly LinkResolver _resolver;

    public LinkResolverTests()
    {
        var diagnostics = new DiagnosticBag();
        var book = new AddressBook();
        void Add(string address, string source) => book.Add(address, source, diagnostics, source);
        book.Add("/", "(generated page)", diagnostics);
        book.Add("/meetings/", "(generated page)", diagnostics);
        Add("/about/", "pages/about.md");
        Add("/village/", "pages/village/index.md");
        Add("/policies/standing-orders/", "policies/standing-orders.md");
        Add("/meetings/2026-01-15-full-council/", "meetings/2026-01-15-full-council");
        Add("/meetings/2026-01-15-full-council/minutes/", "meetings/2026-01-15-full-council/minutes.md");
        Add("/meetings/2026-02-12-full-council/budget.pdf", "meetings/2026-02-12-full-council/budget.pdf");
        Add("/images/village sign.png", "static/images/village sign.png");
        Add("/data/spending-2025-26.csv", "data/spending-2025-26.csv");
        Assert.False(diagnostics.HasErrors);
        _resolver = new LinkResolver(book, _ => false);
        _ownSite = new LinkResolver(book, _ => false, OwnSiteAddress.Of("https://www.littlebramford-pc.gov.uk"));
        _inSubFolder = new LinkResolver(book, _ => false, OwnSiteAddress.Of("https://bramford.example.org/parish/"));
    }

    private readonly LinkResolver _ownSite;

    private readonly LinkResolver _inSubFolder;

    private LinkResolution Resolve(string url, string from = Minutes) => _resolver.Resolve(from, url);

    [Theory]
    [InlineData("../2026-01-15-full-council/minutes.md", "/meetings/2026-01-15-full-council/minutes/")]
    [InlineData("../2026-01-15-full-council/", "/meetings/2026-01-15-full-council/")]
    [InlineData("../2026-01-15-full-council", "/meetings/2026-01-15-full-council/")]
    [InlineData("../../policies/standing-orders.md", "/policies/standing-orders/")]
    [InlineData("../../policies/standing-orders.md#meetings", "/policies/standing-orders/#meetings")]
    [InlineData("./budget.pdf", "/meetings/2026-02-12-full-council/budget.pdf")]
    [InlineData("budget.pdf", "/meetings/2026-02-12-full-council/budget.pdf")]
    [InlineData("../../pages/about.md", "/about/")]
    public void A_link_relative_to_the_file_leads_to_the_page_made_from_the_target_file(string url, string target) =>
        Assert.Equal(new LinkResolution(LinkKind.Internal, target), Resolve(url));

    [Theory]
    [InlineData("about.md", "/about/")]
    [InlineData("about", "/about/")]
    [InlineData("village/index.md", "/village/")]
    [InlineData("village", "/village/")]
    public void Between_free_pages_the_md_ending_and_index_md_may_be_left_out(string url, string target) =>
        Assert.Equal(new LinkResolution(LinkKind.Internal, target), Resolve(url, "pages/contact.md"));

    [Theory]
    [InlineData("/policies/standing-orders/", "/policies/standing-orders/")]
    [InlineData("/policies/standing-orders", "/policies/standing-orders/")]
    [InlineData("/policies/standing-orders/index.html", "/policies/standing-orders/")]
    [InlineData("/policies/standing-orders/#meetings", "/policies/standing-orders/#meetings")]
    [InlineData("/policies/standing-orders/?print=1#meetings", "/policies/standing-orders/#meetings")]
    [InlineData("/meetings/", "/meetings/")]
    [InlineData("/", "/")]
    [InlineData("/index.html", "/")]
    [InlineData("/data/spending-2025-26.csv", "/data/spending-2025-26.csv")]
    public void A_link_written_from_the_site_root_as_seen_on_the_site_is_internal(string url, string target) =>
        Assert.Equal(new LinkResolution(LinkKind.Internal, target), Resolve(url));

    [Theory]
    [InlineData("/images/village sign.png")]
    [InlineData("/images/village%20sign.png")]
    [InlineData("/static/images/village sign.png")]
    public void A_link_to_a_file_in_static_is_internal(string url) =>
        Assert.Equal(new LinkResolution(LinkKind.Internal, "/images/village sign.png"), Resolve(url));

    [Fact]
    public void A_content_file_written_from_the_top_of_the_folder_is_internal() =>
        Assert.Equal(new LinkResolution(LinkKind.Internal, "/policies/standing-orders/"), Resolve("/policies/standing-orders.md"));

    [Theory]
    [InlineData("../2026-01-16-full-council/minutes.md")]
    [InlineData("../../policies/standing-order.md")]
    [InlineData("/policies/missing/")]
    [InlineData("/images/sign.png")]
    [InlineData("../../../../etc/passwd")]
    public void A_link_that_leads_nowhere_on_the_site_is_broken(string url) =>
        Assert.Equal(LinkKind.Broken, Resolve(url).Kind);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("vbscript:msgbox")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    public void A_link_that_could_run_script_is_unsafe(string url) =>
        Assert.Equal(LinkKind.Unsafe, Resolve(url).Kind);

    [Theory]
    [InlineData("https://www.gov.uk/")]
    [InlineData("http://example.org/a?b=c#d")]
    [InlineData("mailto:clerk@littlebramford-pc.gov.uk")]
    [InlineData("tel:01234567890")]
    [InlineData("webcal://example.org/cal.ics")]
    public void Links_to_other_websites_email_and_phone_are_external_and_kept_as_written(string url) =>
        Assert.Equal(new LinkResolution(LinkKind.External, url), Resolve(url));

    [Theory]
    [InlineData("#item-5")]
    [InlineData("")]
    public void A_link_within_the_page_is_a_fragment(string url) =>
        Assert.Equal(new LinkResolution(LinkKind.Fragment, url), Resolve(url));

    [Theory]
    [InlineData("https://www.littlebramford-pc.gov.uk/policies/standing-orders/", "/policies/standing-orders/")]
    [InlineData("http://www.littlebramford-pc.gov.uk/policies/standing-orders/#meetings", "/policies/standing-orders/#meetings")]
    [InlineData("https://littlebramford-pc.gov.uk/policies/standing-orders", "/policies/standing-orders/")]
    [InlineData("https://WWW.LittleBramford-PC.gov.uk/meetings/2026-01-15-full-council/minutes/", "/meetings/2026-01-15-full-council/minutes/")]
    [InlineData("https://www.littlebramford-pc.gov.uk", "/")]
    [InlineData("https://www.littlebramford-pc.gov.uk?s=1#top", "/#top")]
    [InlineData("//www.littlebramford-pc.gov.uk/about/", "/about/")]
    [InlineData("https://www.littlebramford-pc.gov.uk//about/", "/about/")]
    public void A_full_address_of_the_site_itself_is_followed_like_a_link_from_the_site_root(string url, string target) =>
        Assert.Equal(new LinkResolution(LinkKind.Internal, target), _ownSite.Resolve(Minutes, url));

    [Theory]
    [InlineData("https://www.littlebramford-pc.gov.uk/policies/missing/")]
    [InlineData("http://littlebramford-pc.gov.uk/meetings/2026-01-16-full-council/minutes/")]
    [InlineData("https://bramford.example.org/parish/policies/missing/")]
    public void A_full_address_of_the_site_itself_that_leads_nowhere_is_broken(string url)
    {
        var resolver = url.Contains("parish", StringComparison.Ordinal) ? _inSubFolder : _ownSite;
        Assert.Equal(new LinkResolution(LinkKind.Broken, url), resolver.Resolve(Minutes, url));
    }

    [Theory]
    [InlineData("https://bramford.example.org/parish/about/", "/about/")]
    [InlineData("https://bramford.example.org/Parish/about/", "/about/")]
    [InlineData("https://bramford.example.org/parish", "/")]
    public void A_site_published_in_a_sub_folder_knows_its_addresses_by_that_folder(string url, string target) =>
        Assert.Equal(new LinkResolution(LinkKind.Internal, target), _inSubFolder.Resolve(Minutes, url));

    [Theory]
    [InlineData("https://bramford.example.org/about/")]
    [InlineData("https://bramford.example.org/parishes/about/")]
    [InlineData("https://www.littlebramford-pc.gov.uk.example.org/about/")]
    [InlineData("https://www.littlebramford-pc.gov.uk:8443/about/")]
    [InlineData("https://other.gov.uk/about/")]
    public void Another_site_on_the_same_or_a_similar_host_stays_external(string url)
    {
        Assert.Equal(LinkKind.External, _inSubFolder.Resolve(Minutes, url).Kind);
        Assert.Equal(LinkKind.External, _ownSite.Resolve(Minutes, url).Kind);
    }

    [Theory]
    [InlineData("../../../policies/standing-orders.md", "../../policies/standing-orders.md")]
    [InlineData("../policies/standing-orders.md#meetings", "../../policies/standing-orders.md#meetings")]
    [InlineData("./2026-01-15-full-council/minutes.md", "../2026-01-15-full-council/minutes.md")]
    [InlineData("../../2026-01-15-full-council/minutes.md", "../2026-01-15-full-council/minutes.md")]
    [InlineData("meetings/2026-01-15-full-council/minutes.md", "/meetings/2026-01-15-full-council/minutes.md")]
    [InlineData("policies/standing-orders/", "/policies/standing-orders/")]
    [InlineData("../../meetings/", "/meetings/")]
    [InlineData("../../meeting/", "/meetings/")]
    public void A_link_with_one_folder_too_many_or_too_few_is_given_the_one_that_leads_somewhere(string url, string suggestion) =>
        Assert.Equal(new BrokenLink(null, suggestion), _resolver.Diagnose(Minutes, url));

    [Theory]
    [InlineData("../2026-01-16-full-council/minutes.md", "../2026-01-15-full-council/minutes.md")]
    [InlineData("../2026-01-15-full-council/Minutes.md", "../2026-01-15-full-council/minutes.md")]
    [InlineData("../2026-01-15-full-council/minuets", "../2026-01-15-full-council/minutes")]
    [InlineData("../2026-01-16-full-council/", "../2026-01-15-full-council/")]
    [InlineData("../../policies/standing-order.md", "../../policies/standing-orders.md")]
    [InlineData("budget.pfd", "budget.pdf")]
    [InlineData("/polices/standing-orders/", "/policies/standing-orders/")]
    [InlineData("/meetings/2026-01-16-full-council/#item-3", "/meetings/2026-01-15-full-council/#item-3")]
    [InlineData("/data/spending-2025-2026.csv", "/data/spending-2025-26.csv")]
    public void A_misspelt_link_is_given_the_nearest_name_in_each_folder(string url, string suggestion) =>
        Assert.Equal(new BrokenLink(null, suggestion), _resolver.Diagnose(Minutes, url));

    [Theory]
    [InlineData("../../policies/financial-regulations.md")]
    [InlineData("/transparency-code/")]
    [InlineData("../../../../etc/passwd")]
    public void A_link_with_nothing_near_it_gets_no_suggestion(string url) =>
        Assert.Null(_resolver.Diagnose(Minutes, url).Suggestion);

    [Theory]
    [InlineData("https://www.littlebramford-pc.gov.uk/polices/standing-orders/", "https://www.littlebramford-pc.gov.uk/policies/standing-orders/")]
    [InlineData("http://littlebramford-pc.gov.uk/abuot/", "http://littlebramford-pc.gov.uk/about/")]
    public void A_full_address_of_the_site_itself_is_corrected_as_written(string url, string suggestion) =>
        Assert.Equal(suggestion, _ownSite.Diagnose(Minutes, url).Suggestion);
}
