using CouncilSite.Content;
using CouncilSite.Data.Csv;
using CouncilSite.Diagnostics;
using CouncilSite.Sections.Datasets;
using CouncilSite.Site;

namespace CouncilSite.Privacy;

/// <summary>
/// Warns about what looks like personal data in the Markdown and CSV files a site publishes, and
/// about CSV cells a spreadsheet would run as formulas. Front matter is not scanned: it holds the
/// contact details councillors publish on purpose. A finding the clerk has checked is listed under
/// <c>privacy_reviewed:</c> in site.yml, as the value or as <c>file:line</c>.
/// </summary>
public static class PrivacyScanner
{
    private const string ReviewHint = "If it is meant to be published, list it under 'privacy_reviewed:' in site.yml, as the value itself or as {0}:{1}, and this warning stops.";

    /// <param name="texts">The clerk's Markdown the site publishes, as the sections give it.</param>
    /// <param name="published">The clerk's files the site publishes as they are (papers, documents, static files): its CSV files are scanned too.</param>
    /// <param name="matches">Where the look-alikes of each Markdown file are found; a preview session keeps them for unchanged files.</param>
    public static void Scan(SiteContent content, IEnumerable<MarkdownSource> texts, IEnumerable<string> published, SiteFolder folder, DiagnosticBag diagnostics, MarkdownMatches? matches = null)
    {
        var contacts = new PublishedContacts(content);
        matches ??= new MarkdownMatches();
        Parallel.ForEach(texts, source =>
        {
            foreach (var (line, match) in matches.Of(source))
            {
                Report(source.File, line, match, contacts, diagnostics);
            }
        });

        var datasetFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in content.Data.Datasets.Select(d => d.Table).OfType<Data.Tables.TypedTable>())
        {
            datasetFiles.Add(table.File);
            ScanCsv(table.File, table.HeaderCells, table.Rows.Select(r => (r.Line, r.Cells.Select(c => c.Text).ToList() as IReadOnlyList<string>)), contacts, diagnostics);
        }

        var others = published.Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !datasetFiles.Contains(f)).Order(StringComparer.Ordinal);
        foreach (var file in others)
        {
            if (folder.ReadBytes(file, FileLimit.Csv) is { } bytes && CsvFileReader.Read(file, bytes, new DiagnosticBag()) is { } csv)
            {
                ScanCsv(file, csv.HeaderCells, csv.Rows.Select(r => (r.Line, r.Cells)), contacts, diagnostics);
            }
        }
    }

    private static void ScanCsv(string file, IReadOnlyList<string> header, IEnumerable<(int Line, IReadOnlyList<string> Cells)> rows, PublishedContacts contacts, DiagnosticBag diagnostics)
    {
        foreach (var (line, cells) in rows.Prepend((1, header)))
        {
            foreach (var cell in cells)
            {
                Check(file, line, cell, contacts, diagnostics);
                if (FormulaCells.IsFormula(cell) && !contacts.Reviewed(file, line, cell))
                {
                    diagnostics.Warning(file, line, 1, DiagnosticCodes.SpreadsheetFormula,
                        $"The value '{cell}' starts with '{cell[0]}', so a spreadsheet may run it as a formula when someone opens this file.",
                        "Remove the leading character, or start the value with an apostrophe (') so that spreadsheets treat it as text. " + string.Format(ReviewHint, file, line));
                }
            }
        }
    }

    private static void Check(string file, int line, string text, PublishedContacts contacts, DiagnosticBag diagnostics)
    {
        foreach (var match in PersonalDataPatterns.Find(text))
        {
            Report(file, line, match, contacts, diagnostics);
        }
    }

    private static void Report(string file, int line, PersonalDataMatch match, PublishedContacts contacts, DiagnosticBag diagnostics)
    {
        if (contacts.Allows(match, file, line))
        {
            return;
        }

        diagnostics.Warning(file, line, match.Column, DiagnosticCodes.PersonalData, Describe(match, contacts),
            "Remove it, or write REDACTED PERSONAL DATA in its place, unless the person agreed to it being published. " + string.Format(ReviewHint, file, line));
    }

    private static string Describe(PersonalDataMatch match, PublishedContacts contacts) => match.Kind switch
    {
        PersonalDataKind.Email => $"'{match.Value}' looks like a personal e-mail address: it is not at the council's own domain" +
                                  (contacts.Domains.Count > 0 ? $" ({string.Join(", ", contacts.Domains.Order(StringComparer.Ordinal))})." : "."),
        PersonalDataKind.Phone => $"'{match.Value}' looks like a personal phone number: it is not the clerk's or a councillor's published number.",
        PersonalDataKind.NationalInsurance => $"'{match.Value}' looks like a National Insurance number, which should never be published.",
        PersonalDataKind.SortCode => $"'{match.Value}' looks like a bank sort code, which should not be published.",
        _ => $"'{match.Value}' looks like a bank account number, which should not be published.",
    };
}
