using CouncilSite.Rendering.Markdown;
using Markdig.Syntax;

namespace CouncilSite.Tests.Rendering.Markdown;

/// <summary>
/// The loader draws a file's HTML with its links left as slots, and the page fills them in; the
/// page must come out exactly as if its text had been parsed and drawn there and then.
/// </summary>
public class DrawnMarkdownTests
{
    private const string Text = """
        # Minutes

        See the [policies](../policies/index.md), the [spending data](/data/spending.csv#row-3) and
        [our accounts](<accounts 2025.md> "Accounts & audit"), or ![the hall](hall photo.jpg).

        | Item | Paper |
        |---|---|
        | 1 | [Report](/meetings/2025-01-08-full-council/report/) |

        Write to <clerk@example.org> or visit <https://example.org/a?b=1&c=2>, [ref] or [café](/café/).

        RESOLVED: that the council adopts the [budget](#budget).[^1] See www.example.org and [the
        précis](https://bücher.example/résumé?a=1&b=2) too.

        - [one](/1/) [two](/2/) [three](/3/) [four](/4/) [five](/5/) [six](/6/)
        - [seven](/7/) [eight](/8/) [nine](/9/) [ten](/10/) [eleven](/11/) [twelve](/12/)

        [^1]: As [amended](/amendments/) at the meeting.

        [ref]: /news/ "Reference link"
        """;

    private static readonly Func<string, string> Rewrite = url => url.StartsWith('#') ? url : "../x/" + url.Replace(' ', '_') + "?from=page&n=1";

    /// <summary>The place of the paragraph 'RESOLVED: ...' among the blocks, as the decision finder counts them.</summary>
    private static int ResolvedParagraph() => new MarkdownEngine().Parse("minutes.md", Text, 1).Document
        .Descendants<Block>().ToList()
        .FindIndex(b => b is ParagraphBlock { Inline.FirstChild: Markdig.Syntax.Inlines.LiteralInline first } && first.Content.ToString().StartsWith("RESOLVED", StringComparison.Ordinal));

    [Fact]
    public void A_drawn_page_is_the_same_as_one_drawn_from_its_text()
    {
        var engine = new MarkdownEngine();
        var anchors = new[] { new BlockAnchor(ResolvedParagraph(), "decision-1") };
        var drawn = engine.Draw(engine.Parse("minutes.md", Text, 1), anchors);
        var fresh = new MarkdownEngine().Parse("minutes.md", Text, 1).Source;

        Assert.NotNull(drawn.Drawn);
        var expected = new MarkdownEngine().Render(fresh, Rewrite, anchors);
        Assert.Equal(expected, engine.Render(drawn, Rewrite, anchors));
        Assert.Contains("id=\"decision-1\"", expected);
        Assert.Contains("../x/accounts_2025.md?from=page&amp;n=1", expected);
    }

    [Fact]
    public void A_page_that_gives_other_ids_draws_the_text_again()
    {
        var engine = new MarkdownEngine();
        var drawn = engine.Draw(engine.Parse("minutes.md", Text, 1), []);

        var html = engine.Render(drawn, Rewrite, [new BlockAnchor(ResolvedParagraph(), "decision-1")]);

        Assert.Contains("id=\"decision-1\"", html);
    }

    [Fact]
    public void Text_that_reads_like_a_slot_is_drawn_from_the_text_instead()
    {
        const string text = "A [link](/a/) and the words councilsite-link-slot-0- in [another](/b/ \"councilsite-link-slot-1-\").";
        var engine = new MarkdownEngine();
        var source = engine.Draw(engine.Parse("odd.md", text, 1), []);

        Assert.Null(source.Drawn);
        Assert.Equal(
            "<p>A <a href=\"../x//a/?from=page&amp;n=1\">link</a> and the words councilsite-link-slot-0- in <a href=\"../x//b/?from=page&amp;n=1\" title=\"councilsite-link-slot-1-\">another</a>.</p>\n",
            engine.Render(source, Rewrite));
    }

    [Fact]
    public void A_file_with_raw_HTML_is_not_drawn_ahead()
    {
        var engine = new MarkdownEngine();
        var source = engine.Draw(engine.Parse("page.md", "Text with <b>bold</b> HTML and a [link](/a/).", 1), []);

        Assert.Null(source.Drawn);
    }
}
