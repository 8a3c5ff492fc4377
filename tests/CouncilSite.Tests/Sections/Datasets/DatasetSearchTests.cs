using System.Text;
using CouncilSite.Search;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Datasets;

public class DatasetSearchTests
{
    private static readonly byte[] NoSupplier = Encoding.UTF8.GetBytes("Date,Supplier,Amount,Description\n08/04/2025,,12.00,Stamps\n09/04/2025,EDF Energy,10.00,Power\n");

    [Fact]
    public void Payments_naming_no_supplier_are_found_by_words_in_the_sites_language()
    {
        using var english = SpendingSite.Create(NoSupplier);
        using var welsh = SpendingSite.Create(NoSupplier, TempSite.SiteYml + "\nlanguage: cy\n");

        var englishText = SpendText(english);
        var welshText = SpendText(welsh);

        Assert.Contains("No supplier given", englishText, StringComparison.Ordinal);
        Assert.DoesNotContain("No supplier given", welshText, StringComparison.Ordinal);
        Assert.Contains("Dim cyflenwr", welshText, StringComparison.Ordinal);
        Assert.Contains("EDF Energy", welshText, StringComparison.Ordinal);
    }

    private static string SpendText(TempSite site) =>
        Assert.Single(SiteSearch.Entries(site.Root, TempSite.Today), e => e.Kind == SearchKind.Data).Text;
}
