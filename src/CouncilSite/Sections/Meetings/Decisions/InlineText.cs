using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CouncilSite.Sections.Meetings.Decisions;

/// <summary>The words of Markdown as a reader sees them: no emphasis marks, typographic quotes as rendered.</summary>
internal static class InlineText
{
    /// <summary>The text of a run of inlines; line breaks are kept as '\n' so a word can be found at the start of a line.</summary>
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString();
    }

    /// <summary>Every paragraph under a block (a list item, a table cell), on one line.</summary>
    public static string OfBlock(Block block) =>
        Tidy(string.Join(" ", (block is ParagraphBlock p ? [p] : block.Descendants<ParagraphBlock>()).Select(p => Of(p.Inline))));

    /// <summary>Runs of spaces and line breaks become one space, as a browser shows them.</summary>
    public static string Tidy(string text) => string.Join(' ', text.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case SmartyPant smarty:
                text.Append(Typographic(smarty.Type));
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }

    private static string Typographic(SmartyPantType type) => type switch
    {
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        SmartyPantType.DoubleQuote => "\"",
        _ => "'",
    };
}
