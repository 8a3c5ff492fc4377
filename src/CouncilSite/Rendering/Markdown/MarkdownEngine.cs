using System.Collections.Concurrent;
using CouncilSite.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// The one Markdig pipeline of a build: parsed once, shared by all threads (Markdig pipelines
/// are immutable). Extensions are chosen for what clerks write: tables for payments lists,
/// heading anchors so minutes items can be linked, and nothing that lets a file set attributes
/// (no generic attributes: they could add event handlers).
/// </summary>
public sealed class MarkdownEngine
{
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
    /// In a preview session, every file parsed so far: an unchanged text gives back the very
    /// same parsed file, so an edit costs one parse and pages can tell what did not change.
    /// </summary>
    private readonly ConcurrentDictionary<string, MarkdownSource>? _remembered;

    public MarkdownEngine()
    {
    }

    /// <param name="remember">True for an engine that serves build after build (see <see cref="CouncilSite.Build.Incremental.BuildSession"/>).</param>
    internal MarkdownEngine(bool remember) => _remembered = remember ? new ConcurrentDictionary<string, MarkdownSource>(StringComparer.Ordinal) : null;

    /// <summary>
    /// Parses a body. A '# Heading' that opens the text is the clerk's title line: it is taken
    /// out (the page template shows the title as the page's only h1, so it would appear twice)
    /// and kept as <see cref="MarkdownSource.TitleLine"/>. The other headings move so that the
    /// highest of them is an h2 beneath that h1, keeping the outline in order without gaps.
    /// </summary>
    public MarkdownSource Parse(string file, string body, int bodyLine)
    {
        if (_remembered is null)
        {
            return ParseNew(file, body, bodyLine);
        }

        if (_remembered.TryGetValue(file, out var known) && known.BodyLine == bodyLine && string.Equals(known.Body, body, StringComparison.Ordinal))
        {
            return known;
        }

        return _remembered[file] = ParseNew(file, body, bodyLine);
    }

    private MarkdownSource ParseNew(string file, string body, int bodyLine)
    {
        var document = Markdig.Markdown.Parse(body, _pipeline);
        string? title = null;
        if (document.Count > 0 && document[0] is HeadingBlock { Level: 1, Inline: { } inline })
        {
            title = string.Concat(inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())).Trim();
            document.RemoveAt(0);
        }

        // Clerks start sections at '#' or at '##' alike; the highest heading left becomes an h2.
        var headings = document.Descendants<HeadingBlock>().ToList();
        var shift = headings.Count == 0 ? 0 : 2 - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Clamp(heading.Level + shift, 2, 6);
        }

        return new MarkdownSource(file, body, bodyLine, document) { TitleLine = title is { Length: > 0 } ? title : null };
    }

    /// <summary>Renders to HTML, passing every link and image address, in Markdown or raw HTML, through <paramref name="rewrite"/>.</summary>
    public string Render(MarkdownSource source, Func<string, string> rewrite)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = rewrite };
        _pipeline.Setup(renderer);
        RawHtmlLinks.Install(renderer, rewrite);
        renderer.Render(source.Document);
        writer.Flush();
        return writer.ToString();
    }
}
