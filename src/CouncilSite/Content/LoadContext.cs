using CouncilSite.Addresses;
using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Sections.Meetings.Decisions;
using CouncilSite.Settings;
using CouncilSite.Site;

namespace CouncilSite.Content;

/// <summary>What every loader needs: the folder, the settings, the Markdown engine and the date.</summary>
/// <param name="Today">The build's date in the council's time zone; statuses default from it.</param>
/// <param name="Memory">What a preview session kept from its last builds, so unchanged files are not worked out again.</param>
public sealed record LoadContext(SiteFolder Folder, SiteConfig Config, MarkdownEngine Markdown, DiagnosticBag Diagnostics, DateOnly Today, LoadMemory? Memory = null)
{
    /// <summary>The first names of the addresses the site's sections and outputs make, which a clerk's page may not take.</summary>
    public IReadOnlySet<string> Reserved { get; init; } = ReservedAddresses.Default;

    /// <summary>
    /// Reads a Markdown file with optional front matter. Returns null (with a message) when the
    /// file cannot be read, is too large or nested too deeply, or its front matter is broken. An
    /// empty file is a warning and is left out as if it were not there: a clerk's placeholder (an
    /// agenda not yet written) must not stop the rest of the site being published.
    /// </summary>
    /// <param name="kind">The kind of file, whose settings its front matter may hold.</param>
    /// <param name="textRequired">False for files whose text is optional (a councillor's biography).</param>
    /// <remarks>
    /// In a language besides the site's default, the file's translation beside it (<c>about.cy.md</c>)
    /// is read in its place when there is one, with the original's settings under its own (see
    /// <see cref="Yaml.YamlFields.Over"/>); without one, the original is read, and its page says so.
    /// </remarks>
    public MarkdownFile? ReadMarkdown(string file, FileKind kind, bool textRequired = true)
    {
        var front = ReadFront(file, kind);
        if (front is not null && Config.Languages.TranslationOf(file) is { } translation && Folder.FileIsThere(translation))
        {
            // A translation that cannot be used (empty, broken) is reported, and the original stands in for it.
            if (ReadFront(translation, kind) is { } translated)
            {
                (file, front) = (translation, translated with { Fields = translated.Fields.Over(front.Fields) });
            }
        }

        if (front is null)
        {
            return null;
        }

        if (textRequired && string.IsNullOrWhiteSpace(front.Body))
        {
            Diagnostics.Warning(file, front.BodyLine, 1, DiagnosticCodes.EmptyFile,
                "The file has settings but no text, so its page is empty.",
                "Write the text below the closing '---' line.");
        }

        return Markdown.TryParse(file, front.Body, front.BodyLine, Diagnostics) is { } parsed ? new MarkdownFile(front, parsed) : null;
    }

    /// <summary>A Markdown file's settings and body, with its per-language settings read in this build's language.</summary>
    private FrontMatter? ReadFront(string file, FileKind kind)
    {
        var text = Folder.ReadText(file, FileLimit.Markdown);
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Diagnostics.Warning(file, 1, 1, DiagnosticCodes.EmptyFile, "The file is empty, so it is left out of the site.",
                "Write its text, or delete the file if it is not needed.");
            return null;
        }

        return FrontMatter.Split(text, file, kind.Settings, Diagnostics, Memory?.Yaml) is { } front ? front with { Fields = front.Fields.In(Config.Languages) } : null;
    }

    /// <summary>
    /// The source of a read file, for the content to hold, with its HTML drawn now while the parsed
    /// tree is at hand (see <see cref="MarkdownSource.Drawn"/>): the trees are not kept until the
    /// Render stage, which fills in the links.
    /// </summary>
    /// <param name="anchors">Ids for blocks of the text, such as the decisions in minutes; the page must give the same.</param>
    public MarkdownSource DrawnSource(MarkdownFile read, IReadOnlyList<BlockAnchor>? anchors = null) => Markdown.Draw(read.Parsed, anchors ?? []);

    /// <summary>Reads a YAML sidecar or settings file such as <c>meeting.yml</c>.</summary>
    public Yaml.YamlFields? ReadYaml(string file, FileKind kind)
    {
        var text = Folder.ReadText(file, FileLimit.Settings);
        return text is null ? null : Yaml.YamlDocument.Parse(text, file, 1, kind.Settings, Diagnostics, Memory?.Yaml)?.In(Config.Languages);
    }

    /// <summary>The decisions in a file of minutes (see <see cref="DecisionFinder"/>).</summary>
    public FoundDecisions FindDecisions(ParsedMarkdown minutes) => Memory?.Decisions(minutes) ?? DecisionFinder.Find(minutes);

    /// <summary>
    /// A part of the site (a meeting's folder, a news file) loaded by <paramref name="load"/>, which
    /// reads only that path (its files, and the listing of its folder), the settings and the date;
    /// a preview session hands back the last build's part, with its messages, when none of them
    /// changed and no folder above it was renamed or replaced.
    /// </summary>
    public T? Part<T>(string path, Func<LoadContext, T?> load)
        where T : class => Memory is null ? load(this) : Memory.Part(path, this, load);

    /// <summary>
    /// A file published as it is, with a PDF's words read for the site's search (a preview session
    /// reads an unchanged PDF only once); null, with a message, when its name gives no address.
    /// </summary>
    public FileAttachment? Attachment(string file) =>
        FileAddress(file, file) is { } address
            ? FileAttachment.From(file, address, Folder.Length(file)) with { Text = PdfText.IsPdf(file) ? Part(file, part => PdfText.Read(file, part)) : null }
            : null;

    /// <summary>Files published as they are, not read, each at the address its path (less <paramref name="under"/>, such as <c>static/</c>) folds to.</summary>
    public IReadOnlyList<CopiedFile> Copies(IEnumerable<string> files, string under = "") =>
        files.Select(file => FileAddress(file, file[under.Length..]) is { } address ? new CopiedFile(file, address) : null).OfType<CopiedFile>().ToList();

    /// <summary>The address a file published as it is has: its path, each name folded; null, with a message, when it gives none.</summary>
    private string? FileAddress(string file, string path) => AddressName(file, path) is { } folded ? "/" + folded : null;

    /// <summary>The files of a folder of Markdown pages that are neither pages nor settings (photos, PDFs), published beside the pages.</summary>
    public IReadOnlyList<CopiedFile> FilesBeside(string folder) =>
        Copies(Folder.Files(folder, recursive: false).Where(f => !IsMarkdown(f) && !f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)));

    public static bool IsMarkdown(string file) => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The address path a file's name (or a path of names) is published under (see
    /// <see cref="AddressNames"/>); null, with a message naming the file, when it gives none.
    /// </summary>
    public string? AddressName(string file, string name)
    {
        var folded = AddressNames.Path(name);
        if (folded is null)
        {
            AddressNames.ReportNoAddress(file, Diagnostics);
        }

        return folded;
    }
}

/// <summary>A Markdown file as read: its front matter and its parsed body.</summary>
public readonly record struct MarkdownFile(FrontMatter Front, ParsedMarkdown Parsed)
{
    public MarkdownSource Source => Parsed.Source;
}
