using System.Collections.Concurrent;
using System.Text;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// The one Markdig pipeline of a build: parsed once, shared by all threads (Markdig pipelines
/// are immutable). Extensions are chosen for what clerks write: tables for payments lists,
/// heading anchors so minutes items can be linked, and nothing that lets a file set attributes
/// (no generic attributes: they could add event handlers).
/// </summary>
public sealed class MarkdownEngine
{
    /// <summary>Quotes, lists, links, emphasis and HTML elements inside each other: a clerk's text goes a few levels deep, Markdig stops at 128.</summary>
    public const int MaxDepth = 100;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseSmartyPants()
        .Build();

    /// <summary>
    /// In a preview session, every file parsed so far, with its tree: an unchanged text gives
    /// back the very same source and tree, so an edit costs one parse and pages can tell what did
    /// not change. A one-off build keeps no trees (see <see cref="Document"/>).
    /// </summary>
    private readonly ConcurrentDictionary<string, ParsedMarkdown>? _remembered;

    public MarkdownEngine()
    {
    }

    /// <param name="remember">True for an engine that serves build after build (see <see cref="CouncilSite.Build.Incremental.BuildSession"/>).</param>
    internal MarkdownEngine(bool remember) => _remembered = remember ? new ConcurrentDictionary<string, ParsedMarkdown>(StringComparer.Ordinal) : null;

    /// <summary>
    /// Parses a body. A '# Heading' that opens the text is the clerk's title line: it is taken
    /// out (the page template shows the title as the page's only h1, so it would appear twice)
    /// and kept as <see cref="MarkdownSource.TitleLine"/>. The other headings move so that the
    /// highest of them is an h2 beneath that h1, keeping the outline in order without gaps.
    /// The tree is for the caller's use while loading; only the source is meant to be kept.
    /// </summary>
    public ParsedMarkdown Parse(string file, string body, int bodyLine)
    {
        if (_remembered is null)
        {
            return ParseNew(file, body, bodyLine);
        }

        if (_remembered.TryGetValue(file, out var known) && known.Source.BodyLine == bodyLine && known.Source.HasBody(body))
        {
            return known;
        }

        return _remembered[file] = ParseNew(file, body, bodyLine);
    }

    /// <summary>
    /// <see cref="Parse"/> for a clerk's file: text nested more than <see cref="MaxDepth"/> deep
    /// (quotes, lists, links, emphasis or raw HTML elements inside each other, see
    /// <see cref="HtmlDepth"/>) is an error on its line, and null.
    /// Markdig refuses to parse or draw past about 128 levels rather than overflow the stack, and
    /// takes seconds to get there through a line of 100,000 list markers, so the commonest case is
    /// found first by reading the starts of lines.
    /// </summary>
    public ParsedMarkdown? TryParse(string file, string body, int bodyLine, DiagnosticBag diagnostics)
    {
        var line = LineOpeningTooMany(body);
        if (line == 0)
        {
            try
            {
                var parsed = Parse(file, body, bodyLine);
                if (NodeTooDeep(parsed.Document) is { } deep)
                {
                    line = deep.Line + 1;
                }
                else if (HtmlDepth.FirstPast(parsed.Source.Html, MaxDepth) is { } html)
                {
                    line = html.Line - bodyLine + 1;
                }
                else
                {
                    return parsed;
                }
            }
            catch (ArgumentException ex) when (ex.Source == nameof(Markdig))
            {
                line = LineMarkdigRefuses(body);
            }
        }

        diagnostics.Error(file, bodyLine + line - 1, 1, DiagnosticCodes.MarkdownOverLimit,
            $"The text here is nested too deeply: quotes, lists, links, emphasis or HTML elements inside each other more than {MaxDepth} levels, so the file was not published.",
            "Look for a long run of '>', list markers, '[', '*' or HTML tags such as <div> on this line; quotes and lists go a few levels deep at most.");
        return null;
    }

    /// <summary>The first line (1-based, in the body) that opens more than <see cref="MaxDepth"/> quotes and list items at its start, or 0.</summary>
    private static int LineOpeningTooMany(string body)
    {
        var line = 1;
        for (var start = 0; start < body.Length; line++)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            var (i, opened) = (start, 0);
            while (opened <= MaxDepth && AfterMarker(body, i, end) is var after && after > 0)
            {
                (i, opened) = (after, opened + 1);
            }

            if (opened > MaxDepth)
            {
                return line;
            }

            start = end + 1;
        }

        return 0;
    }

    /// <summary>Where the text goes on after a '>' or a list marker ('-', '*', '+', '1.', '1)') at <paramref name="i"/>, spaces before it skipped; 0 for none.</summary>
    private static int AfterMarker(string body, int i, int end)
    {
        while (i < end && body[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < end && body[i] == '>')
        {
            return i + 1;
        }

        var marker = i;
        while (marker < end && char.IsAsciiDigit(body[marker]) && marker - i < 9)
        {
            marker++;
        }

        var isMarker = marker > i ? marker < end && body[marker] is '.' or ')' : i < end && body[i] is '-' or '*' or '+';
        var after = marker + 1;
        return isMarker && (after == end || body[after] is ' ' or '\t') ? after : 0;
    }

    /// <summary>A node more than <see cref="MaxDepth"/> levels down the tree (which Markdig parses but cannot draw), or null.</summary>
    private static MarkdownObject? NodeTooDeep(MarkdownDocument document)
    {
        var open = new Stack<(MarkdownObject Node, int Depth)>([(document, 0)]);
        while (open.TryPop(out var item))
        {
            // The page's blocks and inlines are counted alike, as Markdig counts them when drawing.
            if (item.Depth > MaxDepth + 2)
            {
                return item.Node;
            }

            IEnumerable<MarkdownObject> children = item.Node switch
            {
                ContainerBlock blocks => blocks,
                LeafBlock { Inline: { } inline } => [inline],
                ContainerInline inlines => inlines,
                _ => [],
            };
            foreach (var child in children)
            {
                open.Push((child, item.Depth + 1));
            }
        }

        return null;
    }

    /// <summary>
    /// The line (1-based, in the body) where Markdig refuses the text, which its message does not
    /// give: the fewest first lines that it refuses, found by halving.
    /// </summary>
    private int LineMarkdigRefuses(string body)
    {
        var ends = new List<int>();
        for (var i = body.IndexOf('\n'); i >= 0; i = body.IndexOf('\n', i + 1))
        {
            ends.Add(i);
        }

        ends.Add(body.Length);
        var (low, high) = (1, ends.Count);
        while (low < high)
        {
            var lines = (low + high) / 2;
            try
            {
                Markdig.Markdown.Parse(body[..ends[lines - 1]], _pipeline);
                low = lines + 1;
            }
            catch (ArgumentException ex) when (ex.Source == nameof(Markdig))
            {
                high = lines;
            }
        }

        return low;
    }

    /// <summary>The tree of a source, to draw its page: the remembered one in a session, otherwise parsed again from its text.</summary>
    public MarkdownDocument Document(MarkdownSource source) =>
        _remembered is not null && _remembered.TryGetValue(source.File, out var known) && ReferenceEquals(known.Source, source)
            ? known.Document
            : Shape(Markdig.Markdown.Parse(source.Body, _pipeline)).Document;

    private ParsedMarkdown ParseNew(string file, string body, int bodyLine)
    {
        var (document, title) = Shape(Markdig.Markdown.Parse(body, _pipeline));
        var links = new List<MarkdownLink>();
        var html = new List<MarkdownHtml>();
        var joined = new List<JoinedListItem>();
        var text = new StringBuilder(body.Length);

        // One walk over the whole tree, inlines included, in reading order, finds them all.
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LeafBlock leaf:
                    if (text.Length > 0 && text[^1] != '\n')
                    {
                        text.Append('\n');
                    }

                    if (leaf is CodeBlock code)
                    {
                        text.Append(code.Lines.ToString());
                    }

                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline span:
                    text.Append(span.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }

            switch (node)
            {
                case LinkInline link:
                    links.Add(new MarkdownLink(link.Url ?? "", link.Line + bodyLine, link.Column + 1, link.IsImage, PlainText(link)));
                    break;
                // <javascript:...> is an autolink, not a link: checked all the same, or it would be published as href="#" unreported.
                case AutolinkInline { IsEmail: false } autolink:
                    links.Add(new MarkdownLink(autolink.Url, autolink.Line + bodyLine, autolink.Column + 1, false, autolink.Url));
                    break;
                case HtmlBlock block:
                    html.Add(new MarkdownHtml(block.Lines.ToString(), block.Line + bodyLine, block.Column + 1));
                    break;
                case HtmlInline inline:
                    html.Add(new MarkdownHtml(inline.Tag, inline.Line + bodyLine, inline.Column + 1));
                    break;
                // Only a paragraph inside a list item can have joined an item to its text.
                case ParagraphBlock { Parent: ListItemBlock } paragraph:
                    joined.AddRange(JoinedListItems.In(body, paragraph, bodyLine));
                    break;
            }
        }

        var source = new MarkdownSource(file, body, bodyLine)
        {
            TitleLine = title is { Length: > 0 } ? title : null,
            Text = text.ToString(),
            FirstParagraph = FirstParagraph(document),
            Links = links,
            Html = html,
            JoinedListItems = joined,
        };
        return new ParsedMarkdown(source, document);
    }

    /// <summary>Takes out the title line and moves the headings (see <see cref="Parse"/>); the same text always gives the same tree.</summary>
    private static (MarkdownDocument Document, string? Title) Shape(MarkdownDocument document)
    {
        string? title = null;
        if (document.Count > 0 && document[0] is HeadingBlock { Level: 1, Inline: { } inline })
        {
            title = PlainText(inline).Trim();
            document.RemoveAt(0);
        }

        // Clerks start sections at '#' or at '##' alike; the highest heading left becomes an h2.
        var headings = document.Descendants<HeadingBlock>().ToList();
        var shift = headings.Count == 0 ? 0 : 2 - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 2, 6);
        }

        return (document, title);
    }

    private static string? FirstParagraph(MarkdownDocument document)
    {
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault();
        var text = paragraph?.Inline is null ? null : PlainText(paragraph.Inline);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string PlainText(ContainerInline inline) =>
        string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    /// <summary>
    /// Draws a freshly parsed file as HTML with its links left as slots, with the ids
    /// <paramref name="anchors"/> gives to blocks, and keeps the drawing on its source, so that
    /// its page fills in the links instead of parsing the text again. Files with raw HTML are
    /// not drawn ahead: their HTML is cleaned after the links are in (see <see cref="HtmlSafety"/>).
    /// </summary>
    /// <returns>The source, the one to keep.</returns>
    public MarkdownSource Draw(ParsedMarkdown parsed, IReadOnlyList<BlockAnchor> anchors)
    {
        var source = parsed.Source;
        // Drawn once: a session's unchanged file comes back as the same source, already drawn.
        if (source.Html.Count == 0 && source.Drawn is null)
        {
            BlockAnchor.Apply(parsed.Document, anchors);
            source.Drawn = DrawnMarkdown.Draw(rewrite => Write(parsed.Document, source.BodyLength, rewrite), anchors);
        }

        return source;
    }

    /// <summary>
    /// Renders to HTML, passing every link and image address, in Markdown or raw HTML, through
    /// <paramref name="rewrite"/>, with the ids <paramref name="anchors"/> gives to blocks.
    /// </summary>
    public string Render(MarkdownSource source, Func<string, string> rewrite, IReadOnlyList<BlockAnchor>? anchors = null)
    {
        anchors ??= [];
        if (source.Drawn is { } drawn && drawn.Anchors.SequenceEqual(anchors))
        {
            return drawn.Fill(rewrite);
        }

        var document = Document(source);
        BlockAnchor.Apply(document, anchors);
        return Write(document, source.BodyLength, rewrite);
    }

    private string Write(MarkdownDocument document, int bodyLength, Func<string, string> rewrite)
    {
        // HTML runs to about one and a half times its Markdown: sized once, the buffer is not regrown and copied as it fills.
        var writer = new StringWriter(new System.Text.StringBuilder(bodyLength * 3 / 2 + 256), System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { LinkRewriter = rewrite };
        _pipeline.Setup(renderer);
        RawHtmlLinks.Install(renderer, rewrite);
        EmptyHeaderCells.Install(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}

/// <summary>A freshly parsed file: the source to keep, and its tree for the loader's own use.</summary>
public readonly record struct ParsedMarkdown(MarkdownSource Source, MarkdownDocument Document);
