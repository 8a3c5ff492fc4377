using AngleSharp.Html.Parser;
using CouncilSite.Addresses;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Security;

/// <summary>The file names of issue 12: each ran script in Chromium on the pages that list the file.</summary>
public class FileNameEscapingTests
{
    private const string Policy = "griev\" onfocus=\"document.title='X'\" autofocus x=\"";
    private const string Paper = "report.<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>";

    [Fact]
    public void A_policy_paper_or_document_named_as_markup_is_listed_as_text_and_linked_to()
    {
        using var site = SampleSite.Create();
        site.Write($"policies/{Policy}.pdf", "%PDF-1.4 policy");
        site.Write($"policies/{Policy}.yml", "title: Grievance policy\nadopted: 2025-01-16\nreview: 2027-01-16\n");
        site.Write($"{SampleSite.OctoberMeeting}/{Paper}", "%PDF-1.4 paper");
        site.Write($"documents/{Paper}", "%PDF-1.4 document");
        site.Write("documents/report.yml", "title: Report\ncategory: other\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var page in new[] { "policies/index.html", "accessibility/index.html", "documents/index.html", SampleSite.OctoberMeeting + "/index.html" })
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
            Assert.Empty(document.QuerySelectorAll("main img, main [onfocus], main [onerror], main [autofocus]"));
            var links = document.QuerySelectorAll("main a[href]").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToList();
            var policy = AddressNames.Name(Policy + ".pdf")!;
            var published = new[] { policy, Path.ChangeExtension(policy, null) + "/index.html", AddressNames.Name(Paper)! };
            Assert.Contains(links, href => published.Any(name => href.EndsWith(name, StringComparison.Ordinal)) &&
                File.Exists(Path.GetFullPath(Path.Combine(site.Output, Path.GetDirectoryName(page)!, href))));
        }

        // The file's kind is named from its published ending, so the markup in the clerk's never reaches the page.
        var meeting = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, SampleSite.OctoberMeeting, "index.html")));
        Assert.All(meeting.QuerySelectorAll("main .meta"), meta => Assert.DoesNotContain("<", meta.TextContent, StringComparison.Ordinal));
    }
}
