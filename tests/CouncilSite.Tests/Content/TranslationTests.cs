using CouncilSite.Build;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Content;

/// <summary>
/// A translation beside its original (<c>about.cy.md</c> beside <c>about.md</c>): its words on the
/// Welsh page, every other setting the original's, and what happens when a clerk gets it wrong.
/// </summary>
public class TranslationTests
{
    private const string Minutes = "meetings/2026-01-15-full-council/minutes.md";

    private const string Policy = "policies/equality-and-diversity-policy.md";

    private static string Page(TempSite site, string path) => File.ReadAllText(Path.Combine(site.Output, path));

    private static (TempSite Site, BuildResult Result) Build(params (string Path, string Text)[] files)
    {
        var site = new TempSite([("site.yml", BilingualSite.SiteYml), .. files]);
        return (site, site.Build());
    }

    [Fact]
    public void A_translation_gives_the_Welsh_page_its_text_and_title_and_the_English_page_keeps_its_own()
    {
        var (site, result) = Build(
            ("pages/about.md", "---\ntitle: About the council\n---\nThe council meets monthly."),
            ("pages/about.cy.md", "---\ntitle: Am y cyngor\n---\nMae'r cyngor yn cyfarfod bob mis."));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var welsh = Page(site, "cy/about/index.html");
            Assert.Contains("<h1>Am y cyngor</h1>", welsh);
            Assert.Contains("Mae'r cyngor yn cyfarfod bob mis.", welsh);
            Assert.DoesNotContain("The council meets monthly.", welsh);
            Assert.DoesNotContain("untranslated", welsh);
            Assert.Contains("<h1>About the council</h1>", Page(site, "about/index.html"));
            Assert.DoesNotContain("Mae'r cyngor", Page(site, "about/index.html"));
        }
    }

    [Fact]
    public void Welsh_minutes_take_their_approval_from_the_English_minutes()
    {
        var (site, result) = Build(
            ("meetings/2026-01-15-full-council/agenda.md", "1. Apologies"),
            (Minutes, "---\nstatus: approved\napproved: 2026-03-19\n---\n1. Apologies were received."),
            ("meetings/2026-01-15-full-council/minutes.cy.md", "1. Derbyniwyd ymddiheuriadau."));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var welsh = Page(site, "cy/meetings/2026-01-15-full-council/minutes/index.html");
            Assert.Contains("Derbyniwyd ymddiheuriadau.", welsh);
            Assert.Contains("Cymeradwywyd y cofnodion hyn ar 19 Mawrth 2026", welsh);
            Assert.DoesNotContain("Drafft: heb eu cymeradwyo eto", welsh);
        }
    }

    [Fact]
    public void A_decision_of_Welsh_minutes_is_in_the_Welsh_register_in_Welsh_and_links_to_the_Welsh_minutes()
    {
        var (site, result) = Build(
            ("meetings/2026-01-15-full-council/agenda.md", "1. Bus shelter"),
            (Minutes, "---\nstatus: approved\napproved: 2026-03-19\n---\n## C004/26 Bus shelter\n\nRESOLVED: That the bus shelter be mended."),
            ("meetings/2026-01-15-full-council/minutes.cy.md", "## C004/26 Cysgodfan fysiau\n\nPENDERFYNWYD: Bod y gysgodfan fysiau yn cael ei thrwsio."));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var welsh = Page(site, "cy/decisions/index.html");
            Assert.Contains("Bod y gysgodfan fysiau yn cael ei thrwsio.", welsh);
            Assert.DoesNotContain("bus shelter be mended", welsh);
            Assert.Contains("href=\"../meetings/2026-01-15-full-council/minutes/index.html#", welsh);
            Assert.Contains("That the bus shelter be mended.", Page(site, "decisions/index.html"));
        }
    }

    [Fact]
    public void A_Welsh_policy_takes_its_dates_and_committee_from_the_English_policy()
    {
        var (site, result) = Build(
            (Policy, "---\ntitle: Equality and Diversity Policy\nadopted: 2025-09-18\nreview: 2028-09-30\ncommittee: full-council\n---\nText."),
            ("policies/equality-and-diversity-policy.cy.md", "---\ntitle: Polisi Cydraddoldeb ac Amrywiaeth\n---\nTestun."));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var welsh = Page(site, "cy/policies/equality-and-diversity-policy/index.html");
            Assert.Contains("<h1>Polisi Cydraddoldeb ac Amrywiaeth</h1>", welsh);
            Assert.Contains("<dd>18 Medi 2025</dd>", welsh);
            Assert.Contains("<dd>30 Medi 2028</dd>", welsh);
            Assert.Contains(">Y Cyngor Llawn</a>", welsh);
        }
    }

    [Fact]
    public void A_translation_that_sets_a_date_is_warned_naming_the_original_and_the_originals_date_is_used()
    {
        var (site, result) = Build(
            (Policy, "---\ntitle: Equality and Diversity Policy\nadopted: 2025-09-18\n---\nText."),
            ("policies/equality-and-diversity-policy.cy.md", "---\ntitle: Polisi Cydraddoldeb\nadopted: 2024-01-01\n---\nTestun."));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TranslationSetsSetting);
            Assert.False(warning.IsError);
            Assert.Equal(("policies/equality-and-diversity-policy.cy.md", 3), (warning.File, warning.Line));
            Assert.Contains(Policy, warning.Message);
            Assert.Contains("'title', 'summary'", warning.Hint);
            Assert.Contains("<dd>18 Medi 2025</dd>", Page(site, "cy/policies/equality-and-diversity-policy/index.html"));
            Assert.DoesNotContain("2024", Page(site, "cy/policies/equality-and-diversity-policy/index.html"));
        }
    }

    [Fact]
    public void Welsh_minutes_that_set_their_status_are_told_they_give_only_their_text()
    {
        var (site, result) = Build(
            ("meetings/2026-01-15-full-council/agenda.md", "1. Apologies"),
            (Minutes, "---\nstatus: approved\napproved: 2026-03-19\n---\n1. Apologies were received."),
            ("meetings/2026-01-15-full-council/minutes.cy.md", "---\nstatus: draft\n---\n1. Derbyniwyd ymddiheuriadau."));
        using (site)
        {
            var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TranslationSetsSetting);
            Assert.Contains("gives only its text", warning.Hint);
            Assert.DoesNotContain("'title'", warning.Hint);
        }
    }

    [Fact]
    public void A_translation_with_no_original_is_warned_and_left_out()
    {
        var (site, result) = Build(("pages/about.md", "About."), ("pages/history.cy.md", "Hanes y pentref."));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TranslationWithoutOriginal);
            Assert.Equal("pages/history.cy.md", warning.File);
            Assert.Contains("pages/history.md", warning.Message);
            Assert.False(Directory.Exists(Path.Combine(site.Output, "history.cy")));
            Assert.False(Directory.Exists(Path.Combine(site.Output, "cy", "history.cy")));
            Assert.False(Directory.Exists(Path.Combine(site.Output, "cy", "history")));
        }
    }

    [Fact]
    public void On_a_site_in_one_language_a_file_named_like_a_translation_is_an_ordinary_page()
    {
        using var site = new TempSite(("pages/about.md", "About."), ("pages/about.cy.md", "Am y cyngor."));
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.TranslationWithoutOriginal or DiagnosticCodes.TranslationSetsSetting);
        Assert.Contains("Am y cyngor.", Page(site, "about.cy/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "cy")));
    }

    [Fact]
    public void A_link_in_a_Welsh_translation_leads_to_the_Welsh_page_and_a_link_to_a_PDF_to_the_one_at_the_root()
    {
        var (site, result) = Build(
            ("pages/contact.md", "Contact the clerk."),
            ("pages/about.md", "[Contact us](/contact/) or read [the plan](/files/plan.pdf)."),
            ("pages/about.cy.md", "[Cysylltu â ni](/contact/) neu darllenwch [y cynllun](/files/plan.pdf)."),
            ("static/files/plan.pdf", "%PDF-1.4\n%%EOF\n"));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var welsh = Page(site, "cy/about/index.html");
            Assert.Contains("href=\"../contact/index.html\"", welsh);
            Assert.Contains("href=\"../../files/plan.pdf\"", welsh);
            Assert.Contains("href=\"../contact/index.html\"", Page(site, "about/index.html"));
            Assert.True(File.Exists(Path.Combine(site.Output, "files", "plan.pdf")));
            Assert.False(File.Exists(Path.Combine(site.Output, "cy", "files", "plan.pdf")));
        }
    }

    [Fact]
    public void An_empty_translation_is_reported_and_the_Welsh_page_shows_the_English_text_with_its_notice()
    {
        var (site, result) = Build(
            ("pages/about.md", "---\ntitle: About the council\n---\nThe council meets monthly."),
            ("pages/about.cy.md", "\n"));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Contains(result.Diagnostics, d => d.File == "pages/about.cy.md" && d.Code == DiagnosticCodes.EmptyFile);
            var welsh = Page(site, "cy/about/index.html");
            Assert.Contains("<div lang=\"en\">", welsh);
            Assert.Contains("The council meets monthly.", welsh);
            Assert.Contains("class=\"notice untranslated\"", welsh);
        }
    }

    [Fact]
    public void A_translation_named_with_its_language_in_capitals_is_reported_with_the_name_to_give_it()
    {
        var (site, result) = Build(
            ("pages/about.md", "---\ntitle: About the council\n---\nThe council meets monthly."),
            ("pages/about.CY.md", "Mae'r cyngor yn cyfarfod bob mis."));
        using (site)
        {
            var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TranslationWithoutOriginal);
            Assert.Equal("pages/about.CY.md", warning.File);
            Assert.Contains("'about.cy.md'", warning.Hint);
            Assert.False(Directory.Exists(Path.Combine(site.Output, "about.cy")));
        }
    }

    [Fact]
    public void An_untranslated_page_marks_its_title_English_only_when_the_title_is_the_English_one()
    {
        var (site, result) = Build(
            ("pages/about.md", "---\ntitle: {en: About the council, cy: Am y cyngor}\n---\nThe council meets monthly."),
            ("pages/history.md", "---\ntitle: Village history\n---\nThe village grew round the green."));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var about = Page(site, "cy/about/index.html");
            Assert.Contains("<h1>Am y cyngor</h1>", about);
            Assert.Contains("<div lang=\"en\">", about);
            Assert.Contains("<h1 lang=\"en\">Village history</h1>", Page(site, "cy/history/index.html"));
        }
    }
}
