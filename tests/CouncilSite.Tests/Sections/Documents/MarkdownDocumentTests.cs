using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Documents;

/// <summary>A document written in Markdown is published as a web page, and listed and linked like a file.</summary>
public sealed class MarkdownDocumentTests : IDisposable
{
    private readonly TempSite _site = new(
        ("documents/internal-audit-report-2025-26.md", "# Internal audit report 2025-26\n\nThe controls are **sound**.\n"),
        ("documents/internal-audit-report-2025-26.yml", "title: Internal audit report 2025-26\ncategory: internal-audit-report\nfinancial_year: 2025-26\nsummary: By the internal auditor."),
        ("documents/budget-2026-27.pdf", "%PDF"),
        ("documents/budget-2026-27.yml", "title: Budget 2026-27\ncategory: budget\nfinancial_year: 2026-27"));

    public MarkdownDocumentTests()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    private string Page(string path) => File.ReadAllText(Path.Combine(_site.Output, path));

    [Fact]
    public void It_is_a_page_of_the_site_with_its_text_rendered()
    {
        var page = Page("documents/internal-audit-report-2025-26/index.html");
        Assert.Contains("<h1>Internal audit report 2025-26</h1>", page);
        Assert.Contains("The controls are <strong>sound</strong>.", page);
        Assert.Contains("<nav", page);
        Assert.False(File.Exists(Path.Combine(_site.Output, "documents", "internal-audit-report-2025-26.md")));
    }

    [Fact]
    public void The_documents_and_transparency_pages_link_to_the_page_and_never_to_the_markdown()
    {
        var documents = Page("documents/index.html");
        Assert.Contains("<a href=\"internal-audit-report-2025-26/index.html\">Internal audit report 2025-26</a> <span class=\"meta\">Web page, financial year 2025-26</span>", documents);
        Assert.Contains("<a href=\"budget-2026-27.pdf\">Budget 2026-27</a> <span class=\"meta\">PDF, 4 bytes, financial year 2026-27</span>", documents);
        Assert.Contains("href=\"../documents/internal-audit-report-2025-26/index.html\"", Page("transparency/index.html"));
        Assert.DoesNotContain(".md\"", documents + Page("transparency/index.html"));
    }
}
