using Markdig.Syntax;

namespace CouncilSite.Content;

/// <summary>
/// One clerk's Markdown file as the build knows it after reading: its text and what the later
/// stages need from its parsed tree. The tree itself is not kept (a large council's trees would
/// take hundreds of megabytes): the loader draws the HTML while it has the tree (see
/// <see cref="Drawn"/>), and a page whose text was not drawn ahead parses it again (see
/// <see cref="Rendering.Markdown.MarkdownEngine.Render"/>).
/// </summary>
/// <remarks>
/// The text as written and as plain text are kept as UTF-8 (see <see cref="Utf8Text"/>): a large
/// council's sources live from the Load stage to the end of the build, and as strings they were
/// the larger part of its memory. Each read of <see cref="Body"/> or <see cref="Text"/> makes a
/// string for the caller to use and let go.
/// </remarks>
public sealed record MarkdownSource
{
    private readonly Utf8Text _body;
    private readonly Utf8Text _text = Utf8Text.Empty;

    /// <param name="file">Path relative to the site folder, e.g. <c>meetings/2026-01-15-full-council/minutes.md</c>.</param>
    /// <param name="bodyLine">The file line on which the body starts, so tree lines map back to the file.</param>
    public MarkdownSource(string file, string body, int bodyLine)
    {
        File = file;
        _body = new Utf8Text(body);
        BodyLine = bodyLine;
    }

    /// <summary>Path relative to the site folder, e.g. <c>meetings/2026-01-15-full-council/minutes.md</c>.</summary>
    public string File { get; }

    /// <summary>The Markdown below the front matter, as the clerk wrote it.</summary>
    public string Body => _body.ToString();

    /// <summary>The number of characters of <see cref="Body"/>, without making it.</summary>
    public int BodyLength => _body.Length;

    /// <summary>The file line on which the body starts, so tree lines map back to the file.</summary>
    public int BodyLine { get; }

    /// <summary>
    /// The '# Heading' the text opened with, taken out of the body (see MarkdownEngine.Parse);
    /// it names the page when no 'title:' is set.
    /// </summary>
    public string? TitleLine { get; init; }

    /// <summary>The whole body as plain text, a line per block, for the site's search.</summary>
    public string Text { get => _text.ToString(); init => _text = new Utf8Text(value); }

    /// <summary>The first paragraph as plain text, for summaries where the clerk wrote none.</summary>
    public string? FirstParagraph { get; init; }

    /// <summary>Every Markdown link and image, in reading order, for the checks before publishing.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];

    /// <summary>Every piece of raw HTML, in reading order; most files have none, and need no cleaning.</summary>
    public IReadOnlyList<MarkdownHtml> Html { get; init; } = [];

    /// <summary>Lines written as list items that are joined to the line above as text (see <see cref="Rendering.Markdown.JoinedListItems"/>).</summary>
    public IReadOnlyList<JoinedListItem> JoinedListItems { get; init; } = [];

    /// <summary>
    /// The HTML drawn by the loader with the links left as slots, which the page fills in; null
    /// for a file with raw HTML, or not drawn ahead. Set once, by <see cref="Rendering.Markdown.MarkdownEngine.Draw"/>;
    /// a copy made with <c>with</c> would carry it, so sources are never copied.
    /// </summary>
    public Rendering.Markdown.DrawnMarkdown? Drawn { get; internal set; }

    /// <summary>Whether the body is exactly <paramref name="body"/>, compared without making a string of it.</summary>
    public bool HasBody(string body) => _body.Is(body);

    /// <summary>The 1-based line in the file of a node of the body.</summary>
    public int FileLine(MarkdownObject node) => node.Line + BodyLine;
}

/// <summary>A Markdown link or image as written, where it is in the file (1-based line and column).</summary>
/// <param name="Text">For an image, its text description (empty when the clerk gave none).</param>
public sealed record MarkdownLink(string Url, int Line, int Column, bool IsImage, string Text);

/// <summary>A piece of raw HTML as written, where it starts in the file (1-based line and column).</summary>
public sealed record MarkdownHtml(string Html, int Line, int Column);

/// <summary>A line that looks like a list item but is joined to the line above as text, where it is in the file (1-based line and column).</summary>
/// <param name="Numbered">True for a numbered item ('3.'), false for a bullet ('-').</param>
/// <param name="ItemLine">The line of the list item it is joined to.</param>
public sealed record JoinedListItem(int Line, int Column, bool Numbered, int ItemLine);
