using Markdig.Syntax;

namespace CouncilSite.Tests.Docs;

/// <summary>
/// A clerk sent by a doc or a message to 'content-format.md, "Spend data columns"' finds that
/// heading: every link to a doc and every section named in words leads to a real heading.
/// </summary>
public class DocPointerTests
{
    public static TheoryData<string> Docs => new(DocSections.All());

    [Theory]
    [MemberData(nameof(Docs))]
    public void Every_link_and_reference_from_a_doc_leads_to_a_file_and_heading_that_exist(string doc) =>
        Assert.Empty(Unresolved(DocSections.PointersIn(doc)));

    [Fact]
    public void Every_doc_and_section_a_message_or_comment_in_the_code_names_exists()
    {
        var sources = Directory.GetFiles(Path.Combine(DocSections.Repository, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var pointers = sources.SelectMany(DocSections.PointersInSource).ToList();

        Assert.Contains(pointers, p => p.Section == "spend-data-columns");
        Assert.Empty(Unresolved(pointers));
    }

    [Theory]
    [InlineData("Spend data columns", "spend-data-columns")]
    [InlineData("Spend data (`schema: spend`)", "spend-data-schema-spend")]
    [InlineData("The live preview: `councilsite serve`", "the-live-preview-councilsite-serve")]
    [InlineData("3 December 2026: the section and language refactor (issue 13)", "3-december-2026-the-section-and-language-refactor-issue-13")]
    [InlineData("What CouncilSite decides where the format is silent", "what-councilsite-decides-where-the-format-is-silent")]
    public void Anchors_are_made_as_github_makes_them(string heading, string anchor)
    {
        var inline = Markdig.Markdown.Parse("## " + heading).Descendants<HeadingBlock>().Single().Inline;
        Assert.Equal(anchor, DocSections.Anchor(DocSections.Text(inline)));
    }

    [Fact]
    public void Links_and_references_in_words_are_both_read()
    {
        Assert.Contains(DocSections.PointersIn("docs/content-format.md"), p => p is { File: "docs/open-data.md", Section: "spend-data-schema-spend" });
        Assert.Contains(DocSections.PointersIn("docs/messages.md"), p => p is { File: "docs/content-format.md", Section: "spend-data-columns" });
        Assert.Contains(DocSections.PointersIn("docs/content-format.md"), p => p is { File: "docs/content-format.md", Section: "links-and-images" });
    }

    [Fact]
    public void A_pointer_to_a_missing_section_is_found()
    {
        var missing = new DocPointer("docs/content-format.md", DocSections.Anchor("Spend data colums"), "a test");
        Assert.Equal(["a test: no heading 'spend-data-colums' in docs/content-format.md"], Unresolved([missing]));
    }

    private static List<string> Unresolved(IEnumerable<DocPointer> pointers)
    {
        var anchors = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var unresolved = new List<string>();
        foreach (var (file, section, written) in pointers)
        {
            var path = Path.Combine(DocSections.Repository, file);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                unresolved.Add($"{written}: no file {file}");
            }
            else if (section is not null && file.EndsWith(".md", StringComparison.Ordinal)
                     && !(anchors.TryGetValue(file, out var known) ? known : anchors[file] = DocSections.Anchors(file)).Contains(section))
            {
                unresolved.Add($"{written}: no heading '{section}' in {file}");
            }
        }

        return unresolved;
    }
}
