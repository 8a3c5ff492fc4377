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
    /// Parses a body. The page template owns the only h1, so a clerk's '# Heading' becomes an h2
    /// beneath it and every other level moves down one too, keeping the outline in order.
    /// </summary>
    public MarkdownSource Parse(string file, string body, int bodyLine)
    {
        var document = Markdig.Markdown.Parse(body, _pipeline);
        foreach (var heading in document.Descendants<Markdig.Syntax.HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }

        return new MarkdownSource(file, body, bodyLine, document);
    }

    /// <summary>Renders to HTML, passing every link and image address through <paramref name="rewrite"/>.</summary>
    public string Render(MarkdownSource source, Func<string, string> rewrite)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = rewrite };
        _pipeline.Setup(renderer);
        renderer.Render(source.Document);
        writer.Flush();
        return writer.ToString();
    }
}
