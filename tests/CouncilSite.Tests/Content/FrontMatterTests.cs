using System.Text;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Sections.FreePages;
using CouncilSite.Settings;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Content;

public class FrontMatterTests
{
    private readonly DiagnosticBag _diagnostics = new();

    private FrontMatter? Split(string text) => FrontMatter.Split(text, "pages/about.md", ContentSettings.Page.Settings, _diagnostics);

    [Fact]
    public void A_file_without_front_matter_is_all_body_from_line_1()
    {
        var front = Split("Hello\n\nWorld\n")!;
        Assert.Equal("Hello\n\nWorld\n", front.Body);
        Assert.Equal(1, front.BodyLine);
        Assert.Empty(front.Fields.Keys);
    }

    [Fact]
    public void Front_matter_is_split_from_the_body_and_the_body_line_is_counted_from_the_file()
    {
        var front = Split("---\ntitle: About us\norder: 2\n---\nThe council.\n")!;
        Assert.Equal("About us", front.Fields.String("title"));
        Assert.Equal("The council.\n", front.Body);
        Assert.Equal(5, front.BodyLine);
        Assert.Equal(3, front.Fields.LineOf("order"));
    }

    [Fact]
    public void Three_dots_also_close_the_front_matter()
    {
        var front = Split("---\ntitle: About us\n...\nBody\n")!;
        Assert.Equal("About us", front.Fields.String("title"));
        Assert.Equal("Body\n", front.Body);
    }

    [Fact]
    public void Fences_with_trailing_spaces_are_still_fences()
    {
        var front = Split("---  \ntitle: About us\n---   \nBody")!;
        Assert.Equal("About us", front.Fields.String("title"));
        Assert.Equal("Body", front.Body);
    }

    [Fact]
    public void A_closing_fence_on_the_last_line_leaves_an_empty_body()
    {
        var front = Split("---\ntitle: About us\n---")!;
        Assert.Equal("About us", front.Fields.String("title"));
        Assert.Equal("", front.Body);
        Assert.Equal(4, front.BodyLine);
    }

    [Fact]
    public void Front_matter_a_session_remembers_still_reports_a_wrong_value_in_every_build()
    {
        var trees = new CouncilSite.Yaml.YamlTrees();
        foreach (var build in new[] { new DiagnosticBag(), new DiagnosticBag() })
        {
            var front = FrontMatter.Split("---\ntitle: Standing orders\nadopted: 2024-13-45\n---\nText.", "policies/standing-orders.md", ContentSettings.Policy.Settings, build, trees)!;
            Assert.Null(front.Fields.Date("adopted"));
            var message = Assert.Single(build.ToSortedList());
            Assert.Equal(("policies/standing-orders.md", 3), (message.File, message.Line));
        }
    }

    [Fact]
    public void Empty_front_matter_gives_no_settings()
    {
        var front = Split("---\n---\nBody")!;
        Assert.Empty(front.Fields.Keys);
        Assert.Equal("Body", front.Body);
        Assert.Equal(3, front.BodyLine);
    }

    [Fact]
    public void A_rule_of_more_dashes_or_dashes_with_text_is_not_front_matter()
    {
        Assert.Equal("----\ntext", Split("----\ntext")!.Body);
        Assert.Equal("--- not yaml\ntext", Split("--- not yaml\ntext")!.Body);
        Assert.Empty(_diagnostics.ToSortedList());
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_on_line_1()
    {
        Assert.Null(Split("---\ntitle: About us\n\nThe council meets monthly.\n"));
        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.FrontMatterUnclosed, error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void A_yaml_mistake_in_front_matter_is_reported_on_its_line_in_the_file()
    {
        Assert.Null(Split("---\ntitle: About us\nnav: [true\n---\nBody\n"));
        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.InRange(error.Line, 3, 4);
    }

    [Fact]
    public void A_file_saved_with_a_bom_and_windows_line_endings_reads_like_any_other()
    {
        using var site = new TempSite();
        var text = "---\r\ntitle: Café opening times\r\n---\r\nOpen daily.\r\n\r\n[Broken](missing.md)\r\n";
        site.WriteBytes("pages/cafe.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var loaded = site.Load();

        var page = Assert.Single(loaded.Content.FreePages);
        Assert.Equal("Café opening times", page.Title);
        Assert.DoesNotContain('\r', page.Content.Body);
        Assert.Empty(loaded.Diagnostics);

        var result = site.Build();
        var broken = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink, broken.Code);
        Assert.Equal(6, broken.Line);
    }

    [Fact]
    public void A_file_saved_with_old_mac_line_endings_reads_like_any_other()
    {
        using var site = new TempSite(("pages/cafe.md", "---\rtitle: Café\r---\rOpen daily.\r"));
        Assert.Equal("Café", Assert.Single(site.Load().Content.FreePages).Title);
    }
}
