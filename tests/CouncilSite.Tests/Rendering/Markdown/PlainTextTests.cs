using CouncilSite.Rendering.Markdown;

namespace CouncilSite.Tests.Rendering.Markdown;

/// <summary>The plain text of a clerk's Markdown, which the site's search finds pages by.</summary>
public class PlainTextTests
{
    private static string TextOf(string body) => new MarkdownEngine().Parse("page.md", body, 1).Source.Text;

    [Fact]
    public void Blocks_become_lines_and_formatting_and_link_addresses_are_left_out()
    {
        var text = TextOf("# Play area\n\nThe **new** [play area](/news/play/) opens.\n\n- Swings\n- `Zip wire`\n\n| Item | Cost |\n|---|---|\n| Fence | £400 |\n");

        Assert.Equal("The new play area opens.\nSwings\nZip wire\nItem\nCost\nFence\n£400", text);
    }

    [Fact]
    public void Raw_html_gives_no_words_and_a_hard_break_keeps_words_apart()
    {
        Assert.Equal("Dog bins emptied", TextOf("Dog<br>\nbins <span>emptied</span>").Replace("  ", " "));
        Assert.Equal("Dog bins", TextOf("Dog\\\nbins"));
    }
}
