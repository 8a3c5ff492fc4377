using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Addresses;

/// <summary>When two files would be published at one address, the message names the one the clerk can rename.</summary>
public class AddressClashTests
{
    private const string Meeting = "meetings/2026-10-15-full-council";

    [Theory]
    [InlineData(Meeting + "/index.html")]
    [InlineData(Meeting + "/agenda/index.html")]
    public void A_stray_file_on_a_meetings_page_is_blamed_never_the_meeting_or_its_agenda(string stray)
    {
        using var site = new TempSite((Meeting + "/agenda.md", "1. Apologies\n"), (stray, "<p>An old page</p>"));
        var result = site.Build();

        Assert.False(result.Succeeded);
        var clashes = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.AddressClash).ToList();
        Assert.NotEmpty(clashes);
        Assert.All(clashes, d => Assert.Equal(stray, d.File));
    }

    [Fact]
    public void A_static_file_on_a_news_items_page_is_blamed_not_the_item()
    {
        using var site = new TempSite(("news/2026-10-01-fete.md", "Come along."), ("static/news/2026-10-01-fete/index.html", "<p>Old</p>"));
        var result = site.Build();

        var clashes = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.AddressClash).ToList();
        Assert.NotEmpty(clashes);
        Assert.All(clashes, d => Assert.Equal("static/news/2026-10-01-fete/index.html", d.File));
    }
}
