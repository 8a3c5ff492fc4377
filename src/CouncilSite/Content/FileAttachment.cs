namespace CouncilSite.Content;

/// <summary>A file published as it is (a PDF, a spreadsheet), shown with its type and size.</summary>
/// <param name="File">Path relative to the site folder.</param>
/// <param name="Address">Where it is published: its path with each name folded (see <see cref="Addresses.AddressNames"/>).</param>
public sealed record FileAttachment(string File, string Address, string FileName, string Extension, string Kind, long Size)
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "PDF",
        [".doc"] = "Word document",
        [".docx"] = "Word document",
        [".odt"] = "OpenDocument text",
        [".xls"] = "Excel spreadsheet",
        [".xlsx"] = "Excel spreadsheet",
        [".ods"] = "OpenDocument spreadsheet",
        [".csv"] = "CSV spreadsheet",
        [".ppt"] = "PowerPoint presentation",
        [".pptx"] = "PowerPoint presentation",
        [".txt"] = "Text file",
        [".jpg"] = "JPEG image",
        [".jpeg"] = "JPEG image",
        [".png"] = "PNG image",
        [".gif"] = "GIF image",
        [".svg"] = "SVG image",
        [".webp"] = "WebP image",
        [".zip"] = "ZIP archive",
        [".json"] = "JSON file",
        [".geojson"] = "GeoJSON file",
    };

    public static FileAttachment From(string file, string address, long size)
    {
        var name = file[(file.LastIndexOf('/') + 1)..];

        // Taken from the published name, so an unknown file's kind ("GEOJSON file") is made only of its safe characters.
        var extension = Path.GetExtension(address);
        var kind = Kinds.GetValueOrDefault(extension) ?? (extension.Length > 1 ? extension[1..].ToUpperInvariant() + " file" : "File");
        return new FileAttachment(file, address, name, extension, kind, size);
    }

    /// <summary>A PDF's words (the first <see cref="PdfText.MaxCharacters"/>), read at build time for the site's search; null for other files and for a PDF without them.</summary>
    public string? Text { get; init; }

    /// <summary>The file as the site copies it.</summary>
    public CopiedFile Copy => new(File, Address);

    /// <summary>The file's name as published, e.g. <c>budget-2026-27.pdf</c>, for links beside it.</summary>
    public string PublishedName => Address[(Address.LastIndexOf('/') + 1)..];

    /// <summary>Office formats the accessibility regulations treat as documents needing an HTML alternative.</summary>
    public bool IsOfficeDocument => Extension is ".pdf" or ".doc" or ".docx" or ".odt" or ".xls" or ".xlsx" or ".ods" or ".ppt" or ".pptx";

    /// <summary>Size as people read it: "245 KB", "1.2 MB".</summary>
    public string SizeText => Site.FileSize.Text(Size);
}
