using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Docs;

/// <summary>A pointer to a doc, and perhaps one of its sections, as written in a doc or a message.</summary>
/// <param name="File">The doc's path from the repository's folder.</param>
/// <param name="Section">The section's anchor (<c>spend-data-columns</c>), or null for the whole doc.</param>
/// <param name="Written">The pointer as written, for the failure message.</param>
public sealed record DocPointer(string File, string? Section, string Written);

/// <summary>The repository's docs read as GitHub shows them: their headings' anchors, links and examples.</summary>
public static partial class DocSections
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static string Repository => ExampleSiteBuild.Repository;

    /// <summary>README.md and every doc in docs/, as paths from the repository's folder.</summary>
    public static IEnumerable<string> All() =>
        Directory.GetFiles(Path.Combine(Repository, "docs"), "*.md")
            .Select(f => "docs/" + Path.GetFileName(f))
            .Prepend("README.md")
            .Order(StringComparer.Ordinal);

    public static MarkdownDocument Parse(string doc) => Markdown.Parse(File.ReadAllText(Path.Combine(Repository, doc)), Pipeline);

    /// <summary>The anchor of every heading, as GitHub makes them: a second heading of the same words gets '-1', a third '-2'.</summary>
    public static IReadOnlySet<string> Anchors(string doc)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in Parse(doc).Descendants<HeadingBlock>())
        {
            var anchor = Anchor(Text(heading.Inline));
            var unique = anchor;
            for (var n = 1; !anchors.Add(unique); n++)
            {
                unique = $"{anchor}-{n}";
            }
        }

        return anchors;
    }

    /// <summary>GitHub's rule: lower case, every character but letters, digits, spaces, '-' and '_' dropped, each space a '-'.</summary>
    public static string Anchor(string heading)
    {
        var anchor = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                anchor.Append(c);
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }

    /// <summary>
    /// Every pointer from <paramref name="doc"/> to a doc: its links (not the examples in code) and
    /// the references written in words, such as (content-format.md, "Spend data columns") or
    /// (see "Links and images") for a section of the same doc.
    /// </summary>
    public static IEnumerable<DocPointer> PointersIn(string doc)
    {
        var folder = Path.GetDirectoryName(doc) ?? "";
        foreach (var link in Parse(doc).Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is not null))
        {
            var url = link.Url!;
            if (url.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            var hash = url.IndexOf('#');
            var file = hash < 0 ? url : url[..hash];
            var target = file.Length == 0 ? doc : Path.GetRelativePath(Repository, Path.GetFullPath(Path.Combine(Repository, folder, Uri.UnescapeDataString(file)))).Replace('\\', '/');
            yield return new DocPointer(target, hash < 0 ? null : url[(hash + 1)..], $"{doc}({link.Line + 1}): ({url})");
        }

        foreach (var pointer in InWords(File.ReadAllText(Path.Combine(Repository, doc)), doc, folder))
        {
            yield return pointer;
        }
    }

    /// <summary>
    /// The references in words in a source file's messages and comments: each doc it names as
    /// docs/x.md, and each section it names as (docs/x.md, "Section").
    /// </summary>
    public static IEnumerable<DocPointer> PointersInSource(string file)
    {
        var text = File.ReadAllText(file).Replace("\\\"", "\"", StringComparison.Ordinal);
        var name = Path.GetRelativePath(Repository, file).Replace('\\', '/');
        foreach (Match named in NamedDoc().Matches(text))
        {
            yield return new DocPointer("docs/" + named.Groups["file"].Value, null, $"{name}: {named.Value}");
        }

        foreach (var pointer in InWords(text, name, "docs"))
        {
            yield return pointer;
        }
    }

    private static IEnumerable<DocPointer> InWords(string text, string from, string folder)
    {
        foreach (Match reference in SectionInWords().Matches(text))
        {
            var file = reference.Groups["file"].Value;
            var target = file.StartsWith("docs/", StringComparison.Ordinal) ? file : file.Length == 0 ? from : $"{folder}/{file}".TrimStart('/');
            var section = Regex.Replace(reference.Groups["section"].Value, @"\s+", " ");
            yield return new DocPointer(target, Anchor(section), $"{from}: {Regex.Replace(reference.Value, @"\s+", " ")}");
        }
    }

    /// <summary>The words of a heading or other inline text, code spans included, as GitHub reads them for an anchor.</summary>
    public static string Text(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var item in inline?.Descendants() ?? [])
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"docs/(?<file>[a-z][a-z-]*\.md)")]
    private static partial Regex NamedDoc();

    /// <summary>
    /// x.md, "Section" · x.md ("Section") · x.md lists them ("Section"), a few words between ·
    /// (see "Section"), for a section of the same doc.
    /// </summary>
    [GeneratedRegex(@"(?:(?<file>(?:docs/)?[a-z][a-z-]*\.md)[^""\n|`]{0,30}?(?:,\s*|\(\s*)|\(see\s+(?<file>))""(?<section>[^""]+)""")]
    private static partial Regex SectionInWords();
}
