using System.Text.RegularExpressions;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Settings;

namespace CouncilSite.Sections.Documents;

/// <summary>Loads <c>documents/</c>: each file with a <c>.yml</c> sidecar; a Markdown file is read as a web page.</summary>
public static partial class DocumentLoader
{
    public const string Folder = "documents";

    public static IReadOnlyList<Document> Load(LoadContext context)
    {
        var documents = new List<Document>();
        foreach (var item in SidecarFiles.Collect(Folder, context, _ => false, "document", ContentSettings.Document))
        {
            var isPage = item.File.Extension == ".md";
            var read = isPage ? context.ReadMarkdown(item.File.File, ContentSettings.DocumentPage) : null;
            if (isPage && read is null)
            {
                continue; // Empty, or its front matter is broken: the message says so.
            }

            var fields = item.Fields;
            var written = fields?.String("category") ?? DocumentCategories.Other;
            var category = DocumentCategories.Find(written);
            if (category is null)
            {
                context.Diagnostics.Warning(item.SidecarFile ?? item.File.File, fields?.LineOf("category") ?? 0, 1, DiagnosticCodes.InvalidValue,
                    $"'{written}' is not a category the transparency checklist knows, so it is listed under other documents.",
                    $"Use one of: {string.Join(", ", DocumentCategories.All.Select(c => c.Id))}.");
                category = DocumentCategories.Other;
            }

            var year = fields?.String("financial_year");
            if (year is not null && !FinancialYear().IsMatch(year))
            {
                context.Diagnostics.Error(item.SidecarFile!, fields!.LineOf("financial_year"), 1, DiagnosticCodes.InvalidValue,
                    $"'{year}' is not a financial year written like 2024-25.",
                    "Write the year the accounts cover as the starting year, a hyphen and the last two digits of the next year.");
            }

            documents.Add(new Document(
                item.Slug,
                fields?.String("title") ?? read?.Source.TitleLine ?? Titles.FromSlug(item.Name),
                fields?.Date("date"),
                category,
                year,
                fields?.String("summary"),
                item.File,
                read is { } markdown ? context.DrawnSource(markdown) : null,
                fields?.Extra() ?? new Dictionary<string, object?>()));
        }

        return documents;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex FinancialYear();
}
