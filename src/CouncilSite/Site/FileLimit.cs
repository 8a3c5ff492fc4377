using CouncilSite.Diagnostics;

namespace CouncilSite.Site;

/// <summary>
/// The largest file of a kind the generator reads. A larger one is refused before it is read, so
/// a file saved by mistake (a 50 MB export named .md) costs a message, not gigabytes of memory.
/// The limits and the reasons for them are in docs/content-format.md.
/// </summary>
/// <param name="Kind">The kind in words, for the message: "settings file".</param>
/// <param name="Hint">What the clerk can do instead.</param>
public sealed record FileLimit(long Bytes, string Code, string Kind, string Hint)
{
    /// <summary>The limit in words; every limit is a whole number of megabytes.</summary>
    public string Text => $"{Bytes / (1024 * 1024)} MB";

    /// <summary>site.yml and the .yml files beside meetings, policies, documents and datasets.</summary>
    public static readonly FileLimit Settings = new(1024 * 1024, DiagnosticCodes.SettingsOverLimit, "settings file",
        "Settings files hold a few lines each; check that this is the right file, or split its settings into the files beside each document.");

    /// <summary>Every Markdown file: pages, news, minutes, agendas, papers, councillors (front matter included).</summary>
    public static readonly FileLimit Markdown = new(4 * 1024 * 1024, DiagnosticCodes.MarkdownOverLimit, "Markdown file",
        "Split the text into several pages, or publish a document this long as a PDF in documents/.");

    /// <summary>Every CSV file: datasets in data/, and the CSV files published beside meetings and documents.</summary>
    public static readonly FileLimit Csv = new(50 * 1024 * 1024, DiagnosticCodes.DataFileOverLimit, "CSV file",
        "Check that this is the right file (a year of a council's payments is a few hundred KB); split data of many years into one file a year.");

    /// <summary>Every file of a site's own theme: layouts, style sheets, fonts, logos.</summary>
    public static readonly FileLimit Theme = new(10 * 1024 * 1024, DiagnosticCodes.DataFileOverLimit, "theme file",
        "Check that this is the right file; save a logo or picture smaller (a few hundred KB is plenty for a web page).");
}
