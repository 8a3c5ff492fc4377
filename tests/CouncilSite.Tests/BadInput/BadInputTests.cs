using System.Text;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.BadInput;

/// <summary>
/// One test per mistake a clerk makes. Each starts from the sample council's published site, makes
/// the mistake and builds through the command line, as a clerk would: the build must fail with exit code 1,
/// name the file, the line and the code, show no stack trace, and leave the published site exactly
/// as it was.
/// </summary>
public class BadInputTests(BadInputTests.GoodBuild good) : IClassFixture<BadInputTests.GoodBuild>
{
    /// <summary>The sample council built once without mistakes: the site each test's mistake must leave as it was.</summary>
    public sealed class GoodBuild
    {
        public GoodBuild()
        {
            using var site = SampleSite.Create();
            var outcome = CommandRunner.Build(site);
            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
            Output = OutputSnapshot.Take(site.Output);
        }

        public OutputSnapshot Output { get; }
    }

    /// <param name="where">
    /// The start of the message: <c>file(line,</c> for a mistake on a line; for a whole file or
    /// folder (a folder name, a link), the path followed by the colon that ends it.
    /// </param>
    private void AssertRefused(Action<TempSite> makeMistake, string where, string code)
    {
        using var site = SampleSite.Create();
        good.Output.WriteTo(site.Output);
        var before = OutputSnapshot.Take(site.Output);

        makeMistake(site);
        var bad = CommandRunner.Build(site);

        Assert.Equal(1, bad.ExitCode);
        var lines = bad.Stderr.Split('\n', StringSplitOptions.TrimEntries);
        Assert.True(lines.Any(l => l.StartsWith(where, StringComparison.Ordinal) && l.Contains($": error {code}: ", StringComparison.Ordinal)),
            $"Expected a line starting '{where}' with error {code} in:\n{bad.Stderr}");
        Assert.DoesNotContain(bad.Stderr.Split('\n'), l => l.StartsWith("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("hint: ", bad.Stderr);
        OutputSnapshot.Take(site.Output).AssertSameAs(before);
    }

    [Fact]
    public void Broken_yaml_in_front_matter()
    {
        AssertRefused(
            site => site.Write(SampleSite.StandingOrders, "---\ntitle: Standing Orders: 2026 edition\nadopted: 2026-05-14\n---\n## Meetings\n"),
            "policies/standing-orders.md(2,", DiagnosticCodes.YamlSyntax);
    }

    [Fact]
    public void Broken_yaml_in_a_sidecar()
    {
        AssertRefused(
            site => site.Write("policies/complaints-policy.yml", "title: Complaints policy\n  adopted: 2025-01-16\n"),
            "policies/complaints-policy.yml(2,", DiagnosticCodes.YamlSyntax);
    }

    [Fact]
    public void Broken_yaml_in_site_yml()
    {
        AssertRefused(
            site => site.Write("site.yml", "name: Little Bramford Parish Council\ncommittees:\n  - id: full-council\n    name: Full Council\n   - id: planning\n"),
            "site.yml(5,", DiagnosticCodes.YamlSyntax);
    }

    [Fact]
    public void Unclosed_front_matter()
    {
        AssertRefused(
            site => site.Write(SampleSite.StandingOrders, "---\ntitle: Standing Orders\nadopted: 2026-05-14\n\n## Meetings\n\nThe council meets monthly.\n"),
            "policies/standing-orders.md(1,1)", DiagnosticCodes.FrontMatterUnclosed);
    }

    [Fact]
    public void Meeting_folder_for_an_unknown_committee()
    {
        AssertRefused(
            site => Directory.Move(site.PathOf("meetings/2026-12-03-planning"), site.PathOf("meetings/2026-12-03-planing")),
            "meetings/2026-12-03-planing:", DiagnosticCodes.UnknownCommittee);
    }

    [Fact]
    public void Policy_for_an_unknown_committee()
    {
        AssertRefused(
            site => site.Write(SampleSite.StandingOrders, "---\ntitle: Standing Orders\ncommittee: finance\n---\n## Meetings\n"),
            "policies/standing-orders.md(3,", DiagnosticCodes.UnknownCommittee);
    }

    [Fact]
    public void Impossible_date_in_front_matter()
    {
        AssertRefused(
            site => site.Write(SampleSite.StandingOrders, "---\ntitle: Standing Orders\nadopted: 2026-02-30\n---\n## Meetings\n"),
            "policies/standing-orders.md(3,", DiagnosticCodes.InvalidDate);
    }

    [Fact]
    public void Impossible_date_in_a_meeting_folder_name()
    {
        AssertRefused(
            site => Directory.Move(site.PathOf("meetings/2026-12-03-planning"), site.PathOf("meetings/2026-11-31-planning")),
            "meetings/2026-11-31-planning:", DiagnosticCodes.InvalidDate);
    }

    [Fact]
    public void Meeting_folder_name_without_a_date()
    {
        AssertRefused(
            site => Directory.Move(site.PathOf("meetings/2026-12-03-planning"), site.PathOf("meetings/planning-december")),
            "meetings/planning-december:", DiagnosticCodes.MeetingFolderName);
    }

    [Fact]
    public void Minutes_approved_before_the_meeting()
    {
        AssertRefused(
            site => site.Write(SampleSite.OctoberMinutes, "---\nstatus: approved\napproved: 2026-10-01\n---\nPresent: Cllr Smith (Chair).\n"),
            "meetings/2026-10-15-full-council/minutes.md(3,", DiagnosticCodes.ApprovedBeforeMeeting);
    }

    [Fact]
    public void Link_to_a_missing_page()
    {
        AssertRefused(
            site => site.Write(SampleSite.OctoberMinutes, "---\napproved: 2026-11-19\n---\nPresent: Cllr Smith.\n\nAs in [standing order 5](../../policies/standing-order.md).\n"),
            "meetings/2026-10-15-full-council/minutes.md(6,7)", DiagnosticCodes.BrokenLink);
    }

    [Fact]
    public void Link_to_a_missing_address()
    {
        AssertRefused(
            site => site.Write(SampleSite.AboutPage, "---\ntitle: About\n---\nSee the [transparency page](/transparency-code/).\n"),
            "pages/about.md(4,9)", DiagnosticCodes.BrokenLink);
    }

    [Fact]
    public void Image_without_alt_text()
    {
        AssertRefused(
            site => site.Write(SampleSite.AboutPage, "---\ntitle: About\n---\nOur sign:\n\n![](/images/village-sign.svg)\n"),
            "pages/about.md(6,1)", DiagnosticCodes.ImageWithoutAlt);
    }

    [Fact]
    public void Image_that_is_not_there()
    {
        AssertRefused(
            site => site.Write(SampleSite.AboutPage, "---\ntitle: About\n---\n![The village sign](/images/village-sign.png)\n"),
            "pages/about.md(4,1)", DiagnosticCodes.BrokenLink);
    }

    [Fact]
    public void Councillor_photo_without_alt_text()
    {
        AssertRefused(
            site => site.Write("councillors/jane-smith.md", "---\nname: Jane Smith\nphoto: jane-smith.svg\n---\nJane.\n"),
            "councillors/jane-smith.md(3,", DiagnosticCodes.PhotoWithoutAlt);
    }

    [Fact]
    public void Script_element_in_markdown()
    {
        AssertRefused(
            site => site.Write(SampleSite.AboutPage, "---\ntitle: About\n---\nHello.\n\n<script>alert('hi')</script>\n"),
            "pages/about.md(6,", DiagnosticCodes.UnsafeHtml);
    }

    [Fact]
    public void Onclick_attribute_in_markdown()
    {
        AssertRefused(
            site => site.Write(SampleSite.AboutPage, "---\ntitle: About\n---\nHello <span onclick=\"steal()\">there</span>.\n"),
            "pages/about.md(4,", DiagnosticCodes.UnsafeHtml);
    }

    [Fact]
    public void Javascript_link_in_markdown()
    {
        AssertRefused(
            site => site.Write(SampleSite.AboutPage, "---\ntitle: About\n---\nHello.\n\n[Click me](javascript:alert(1))\n"),
            "pages/about.md(6,1)", DiagnosticCodes.UnsafeHtml);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JavaScript:alert(document.cookie)>")]
    [InlineData("<data:text/html,hello>")]
    public void Script_autolink_in_markdown(string autolink)
    {
        AssertRefused(
            site => site.Write(SampleSite.AboutPage, $"---\ntitle: About\n---\nHello.\n\nSee {autolink}\n"),
            "pages/about.md(6,5)", DiagnosticCodes.UnsafeHtml);
    }

    [Fact]
    public void Javascript_link_in_raw_html()
    {
        AssertRefused(
            site => site.Write(SampleSite.AboutPage, "---\ntitle: About\n---\nHello <a href=\"javascript:alert(1)\">there</a>.\n"),
            "pages/about.md(4,", DiagnosticCodes.UnsafeHtml);
    }

    [Fact]
    public void Symlinked_file_leading_out_of_the_site_folder()
    {
        AssertRefused(
            site =>
            {
                var secret = Path.Combine(site.Outside, "passwords.txt");
                File.WriteAllText(secret, "not for publication");
                File.CreateSymbolicLink(site.PathOf("static/images/passwords.txt"), secret);
            },
            "static/images/passwords.txt:", DiagnosticCodes.LinkLeavesSite);
    }

    [Fact]
    public void Symlinked_folder_leading_out_of_the_site_folder()
    {
        AssertRefused(
            site =>
            {
                File.WriteAllText(Path.Combine(site.Outside, "salaries.pdf"), "%PDF not for publication");
                Directory.CreateSymbolicLink(site.PathOf("documents/private"), site.Outside);
            },
            "documents/private:", DiagnosticCodes.LinkLeavesSite);
    }

    [Fact]
    public void Symlinked_meeting_folder_leading_out_of_the_site_folder()
    {
        AssertRefused(
            site =>
            {
                File.WriteAllText(Path.Combine(site.Outside, "agenda.md"), "1. Secret");
                Directory.CreateSymbolicLink(site.PathOf("meetings/2026-12-10-full-council"), site.Outside);
            },
            "meetings/2026-12-10-full-council:", DiagnosticCodes.LinkLeavesSite);
    }

    [Fact]
    public void Symlinked_folder_leading_back_into_itself()
    {
        AssertRefused(
            site => Directory.CreateSymbolicLink(site.PathOf("static/images/all"), site.PathOf("static")),
            "static/images/all:", DiagnosticCodes.LinkLeavesSite);
    }

    [Fact]
    public void Shortcut_to_a_file_that_was_moved_away()
    {
        AssertRefused(
            site => File.CreateSymbolicLink(site.PathOf("static/images/old-sign.svg"), site.PathOf("static/images/sign-2019.svg")),
            "static/images/old-sign.svg:", DiagnosticCodes.MissingFile);
    }

    [Fact]
    public void Static_file_named_like_a_folder_of_pages()
    {
        AssertRefused(site => site.Write("static/about", "An old page saved without an ending"), "static/about:", DiagnosticCodes.AddressClash);
    }

    [Fact]
    public void File_not_saved_as_utf8()
    {
        AssertRefused(
            site => site.WriteBytes(SampleSite.AboutPage,
                [.. Encoding.ASCII.GetBytes("---\ntitle: About\n---\nThe precept is "), 0xA3, .. Encoding.ASCII.GetBytes("12,000.\n")]),
            "pages/about.md(4,", DiagnosticCodes.FileUnreadable);
    }

    [Fact]
    public void Wrong_type_of_value()
    {
        AssertRefused(
            site => site.Write(SampleSite.StandingOrders, "---\ntitle:\n  - Standing\n  - Orders\n---\n## Meetings\n"),
            "policies/standing-orders.md(3,", DiagnosticCodes.WrongType);
    }

    [Fact]
    public void Page_taking_an_address_the_site_makes_itself()
    {
        AssertRefused(site => site.Write("pages/meetings.md", "---\ntitle: Our meetings\n---\nText.\n"), "pages/meetings.md:", DiagnosticCodes.AddressClash);
    }
}
