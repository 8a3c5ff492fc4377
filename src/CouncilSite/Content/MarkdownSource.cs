using Markdig.Syntax;

namespace CouncilSite.Content;

/// <summary>The parsed Markdown body of one clerk's file.</summary>
/// <param name="File">Path relative to the site folder, e.g. <c>meetings/2026-01-15-full-council/minutes.md</c>.</param>
/// <param name="BodyLine">The file line on which the body starts, so AST lines map back to the file.</param>
public sealed record MarkdownSource(string File, string Body, int BodyLine, MarkdownDocument Document)
{
    /// <summary>The 1-based line in the file of a node of the body.</summary>
    public int FileLine(MarkdownObject node) => node.Line + BodyLine;

    /// <summary>The first paragraph as plain text, for summaries where the clerk wrote none.</summary>
    public string? FirstParagraphText()
    {
        var paragraph = Document.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null)
        {
            return null;
        }

        var text = string.Concat(paragraph.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>
    /// The '# Heading' the text opened with, taken out of the body (see MarkdownEngine.Parse);
    /// it names the page when no 'title:' is set.
    /// </summary>
    public string? TitleLine { get; init; }
}
