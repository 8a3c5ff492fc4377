namespace CouncilSite.Content;

/// <summary>A file published as it is (a PDF, a spreadsheet), shown with its type and size.</summary>
/// <param name="File">Path relative to the site folder.</param>
/// <param name="Address">Where it is published: its path with each name folded (see <see cref="Addresses.AddressNames"/>).</param>
public sealed record FileAttachment(string File, string Address, string FileName, string Extension, string Kind, long Size)
{
    /// <summary>
    /// Each known extension's key under <c>file_kind</c> in the strings, which pages show, and its
    /// English name, which messages to the clerk use (they stay English).
    /// </summary>
    private static readonly Dictionary<string, (string Key, string English)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("pdf", "PDF"),
        [".doc"] = ("word", "Word document"),
        [".docx"] = ("word", "Word document"),
        [".odt"] = ("odt", "OpenDocument text"),
        [".xls"] = ("excel", "Excel spreadsheet"),
        [".xlsx"] = ("excel", "Excel spreadsheet"),
        [".ods"] = ("ods", "OpenDocument spreadsheet"),
        [".csv"] = ("csv", "CSV spreadsheet"),
        [".ppt"] = ("powerpoint", "PowerPoint presentation"),
        [".pptx"] = ("powerpoint", "PowerPoint presentation"),
        [".txt"] = ("text", "Text file"),
        [".jpg"] = ("jpeg", "JPEG image"),
        [".jpeg"] = ("jpeg", "JPEG image"),
        [".png"] = ("png", "PNG image"),
        [".gif"] = ("gif", "GIF image"),
        [".svg"] = ("svg", "SVG image"),
        [".webp"] = ("webp", "WebP image"),
        [".zip"] = ("zip", "ZIP archive"),
        [".json"] = ("json", "JSON file"),
        [".geojson"] = ("geojson", "GeoJSON file"),
    };

    public static FileAttachment From(string file, string address, long size)
    {
        var name = file[(file.LastIndexOf('/') + 1)..];

        // Taken from the published name, so an unknown file's kind ("GEOJSON file") is made only of its safe characters.
        var extension = Path.GetExtension(address);
        var kind = Kinds.TryGetValue(extension, out var known) ? known.English : (extension.Length > 1 ? UnknownKind(extension) + " file" : "File");
        return new FileAttachment(file, address, name, extension, kind, size);
    }

    /// <summary>The key of the file's kind under <c>file_kind</c> in the strings; null for an extension not listed.</summary>
    public string? KindKey => Kinds.TryGetValue(Extension, out var known) ? known.Key : null;

    /// <summary>An unlisted extension as a kind names it: <c>GEOJSON</c>; empty for a file without one.</summary>
    public string UnknownExtension => Extension.Length > 1 ? UnknownKind(Extension) : "";

    private static string UnknownKind(string extension) => extension[1..].ToUpperInvariant();

    /// <summary>A PDF's words (the first <see cref="PdfText.MaxCharacters"/>), read at build time for the site's search; null for other files and for a PDF without them.</summary>
    public string? Text { get; init; }

    /// <summary>The file as the site copies it.</summary>
    public CopiedFile Copy => new(File, Address);

    /// <summary>The file's name as published, e.g. <c>budget-2026-27.pdf</c>, for links beside it.</summary>
    public string PublishedName => Address[(Address.LastIndexOf('/') + 1)..];

    /// <summary>Office formats the accessibility regulations treat as documents needing an HTML alternative.</summary>
    public bool IsOfficeDocument => Extension is ".pdf" or ".doc" or ".docx" or ".odt" or ".xls" or ".xlsx" or ".ods" or ".ppt" or ".pptx";
}
