using System.Text.RegularExpressions;
using CouncilSite.Addresses;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Addresses;

/// <summary>How a clerk's file and folder names become addresses: ASCII, lower case, permanent.</summary>
public partial class AddressNamesTests
{
    [Theory]
    [InlineData("Spring fair – café & crafts", "spring-fair-cafe-and-crafts")]
    [InlineData("Budget 2026–27 (Draft).PDF", "budget-2026-27-draft.pdf")]
    [InlineData("Clerk's report.md", "clerks-report.md")]
    [InlineData("Clerk’s report", "clerks-report")]
    [InlineData("Q&A #2?.docx", "q-and-a-2.docx")]
    [InlineData("  Minutes -- draft  .pdf", "minutes-draft.pdf")]
    [InlineData("Cŵn a Chathod – Ysgol Gymraeg", "cwn-a-chathod-ysgol-gymraeg")]
    [InlineData("Straße Ærø Łódź", "strasse-aero-lodz")]
    [InlineData("ﬁnance ２０２６", "finance-2026")]
    [InlineData("minutes_2024.v2.pdf", "minutes_2024.v2.pdf")]
    [InlineData("Report - v2. final.pdf", "report-v2.final.pdf")]
    [InlineData("!!!.v2.pdf", "v2.pdf")]
    [InlineData("agar-2024-25-section-1.pdf", "agar-2024-25-section-1.pdf")]
    [InlineData("report.<img src=x onerror=alert(1)>", "report.img-src-x-onerror-alert-1")]
    [InlineData("griev\" onfocus=\"document.title='X'\" autofocus x=\".pdf", "griev-onfocus-document.title-x-autofocus-x.pdf")]
    public void A_name_is_folded_to_lower_case_ascii_words_joined_by_hyphens(string name, string expected) =>
        Assert.Equal(expected, AddressNames.Name(name));

    [Theory]
    [InlineData("!!!")]
    [InlineData("!!!.pdf")]
    [InlineData("– .pdf")]
    [InlineData("")]
    [InlineData("写真")]
    public void A_name_without_letters_or_digits_has_no_address(string name) => Assert.Null(AddressNames.Name(name));

    [Fact]
    public void A_path_is_folded_name_by_name_and_has_no_address_if_any_name_has_none()
    {
        Assert.Equal("village-hall/opening-times.md", AddressNames.Path("Village Hall/Opening Times.md"));
        Assert.Null(AddressNames.Path("Village Hall/!!!/plan.pdf"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>.pdf")]
    [InlineData("a\"b'c<d>e&f.pdf")]
    [InlineData("..\\..\\etc\\passwd.txt")]
    [InlineData("%2e%2e.pdf")]
    [InlineData("😀 party 🎉.jpg")]
    [InlineData("\ud800 lone.pdf")]
    [InlineData("tab\tand\nnewline.txt")]
    public void Every_address_name_is_safe_in_html_and_urls_and_never_hidden(string name)
    {
        var folded = AddressNames.Name(name);
        Assert.NotNull(folded);
        Assert.Matches(SafeName(), folded);
    }

    /// <summary>Addresses are permanent: every file of the example site is published under the name it has.</summary>
    [Fact]
    public void Every_name_in_the_example_site_is_its_own_address()
    {
        var root = ExampleSiteBuild.SiteFolder;
        // The clerk's files, without a build's output and working folder (README's first command makes both there).
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith(CouncilSite.Build.BuildOptions.DefaultOutputName + "/", StringComparison.Ordinal) && !p.StartsWith('.'))
            .ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.Equal(path, AddressNames.Path(path)));
    }

    [GeneratedRegex(@"^[a-z0-9_][a-z0-9._-]*$")]
    private static partial Regex SafeName();
}
