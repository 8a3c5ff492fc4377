using System.Text;
using CouncilSite.Diagnostics;
using CouncilSite.Site;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;

namespace CouncilSite.Content;

/// <summary>
/// The words of a PDF the site publishes, read at build time with PdfPig for the site's search. A
/// PDF is published whatever is found in it: a scan without text (CS139) or a file that cannot be
/// opened (CS146) costs a warning, never the build.
/// </summary>
public static class PdfText
{
    /// <summary>The words kept of one PDF: a 40-page report's worth, so a 500-page file cannot fill the index or the memory.</summary>
    public const int MaxCharacters = 100_000;

    /// <summary>The pages read of one PDF, so pages of pictures and no words cannot take the build's time.</summary>
    public const int MaxPages = 200;

    /// <summary>
    /// The drawing instructions read of one page. PdfPig makes an object of several hundred bytes for
    /// every letter of a page it reads, so a page of four million letters took 1.5 GB; a page of
    /// print needs tens of KB, so a page over this is passed over (with a warning) and costs no memory.
    /// </summary>
    public const int MaxPageBytes = 1024 * 1024;

    /// <summary>A PDF larger than this is not read for its words: it would take as much memory, twice over, while it is read.</summary>
    private static readonly FileLimit Limit = new(64 * 1024 * 1024, DiagnosticCodes.PdfUnreadable, "PDF",
        "Publish its text as a Markdown page beside it, or split it into smaller PDFs.");

    private const string Damaged = "it looks damaged (it may have been saved or copied only in part)";

    public static bool IsPdf(string file) => file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>The PDF's words, a line of text a line, at most <see cref="MaxCharacters"/>; null, with a warning, when it has none or cannot be opened.</summary>
    public static string? Read(string file, LoadContext context)
    {
        var diagnostics = context.Diagnostics;
        if (context.Folder.Length(file) > Limit.Bytes)
        {
            diagnostics.Warning(file, 0, 0, DiagnosticCodes.PdfUnreadable,
                $"This PDF is larger than {Limit.Text}, so its words were not read: it is published, but the site's search finds it by its title only.",
                Limit.Hint);
            return null;
        }

        if (context.Folder.ReadBytes(file, Limit) is not { } bytes)
        {
            return null;
        }

        string? text;
        var skipped = new List<int>();
        try
        {
            text = Words(bytes, skipped);
        }
        catch (PdfDocumentEncryptedException)
        {
            Unreadable(file, "it is protected with a password", diagnostics);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig throws many kinds of exception for a damaged file; each means the same to a clerk.
            Unreadable(file, Damaged, diagnostics);
            return null;
        }

        if (text is null)
        {
            Unreadable(file, Damaged, diagnostics);
            return null;
        }

        if (skipped.Count > 0)
        {
            var pages = skipped.Count == 1 ? $"Page {skipped[0]} of this PDF holds" : $"Pages {string.Join(", ", skipped)} of this PDF hold";
            diagnostics.Warning(file, 0, 0, DiagnosticCodes.PdfUnreadable,
                $"{pages} too much to read for its words (over {MaxPageBytes / (1024 * 1024)} MB of text and drawing on one page), so the site's search does not find the words of {(skipped.Count == 1 ? "that page" : "those pages")}. The PDF is published as it is.",
                "Save the PDF again from the program it was written in, or split that page into smaller ones, or publish its text as a Markdown page beside it.");
            if (text.Length == 0)
            {
                return null;
            }
        }

        if (text.Length == 0)
        {
            diagnostics.Warning(file, 0, 0, DiagnosticCodes.PdfWithoutText,
                "This PDF has no text in it, only pictures of its pages (a scan), so residents who use screen readers cannot read it and the site's search cannot find its words.",
                "Ask whoever sent it for a PDF saved from the program it was written in, or run it through text recognition (OCR, e.g. the free OCRmyPDF), or publish its text as a Markdown page beside it.");
            return null;
        }

        return text;
    }

    private static void Unreadable(string file, string why, DiagnosticBag diagnostics) =>
        diagnostics.Warning(file, 0, 0, DiagnosticCodes.PdfUnreadable,
            $"This PDF cannot be opened to read its words: {why}. It is published as it is, but the site's search cannot find its words, and residents' programs may not open it either.",
            "Open it yourself to check it; save it again as a PDF from the program it was written in, without a password, or publish its text as a Markdown page beside it.");

    /// <summary>The text of the first pages, each run of spaces one space and each line of words a line, cut at a word; null for a PDF of no pages.</summary>
    /// <param name="skipped">Filled with the numbers of the pages too large to read.</param>
    private static string? Words(byte[] bytes, List<int> skipped)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (document.NumberOfPages == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        var pages = Math.Min(document.NumberOfPages, MaxPages);
        var nodes = document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var tree)
            ? PageNodes(document, tree, 0).Take(pages).ToList()
            : [];
        for (var number = 1; number <= pages && text.Length < MaxCharacters; number++)
        {
            // Measured before PdfPig reads the page, which is when it makes an object of every letter.
            if (number <= nodes.Count && ContentBytes(document, nodes[number - 1]) > MaxPageBytes)
            {
                skipped.Add(number);
                continue;
            }

            foreach (var line in ContentOrderTextExtractor.GetText(document.GetPage(number)).Split('\n'))
            {
                var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (words.Length > 0)
                {
                    text.AppendJoin(' ', words).Append('\n');
                }
            }
        }

        if (text.Length <= MaxCharacters)
        {
            return text.ToString().TrimEnd('\n');
        }

        var cut = text.ToString(0, MaxCharacters + 1);
        return cut[..Math.Max(0, cut.LastIndexOfAny([' ', '\n']))].TrimEnd('\n');
    }

    /// <summary>The dictionaries of the pages in the PDF's page tree, in their order; a damaged tree that loops is followed no deeper than a real one goes.</summary>
    private static IEnumerable<DictionaryToken> PageNodes(PdfDocument document, IToken node, int depth)
    {
        if (depth > 64 || Resolve(document, node) is not DictionaryToken dictionary)
        {
            return [];
        }

        return dictionary.TryGet(NameToken.Kids, out var kids) && Resolve(document, kids) is ArrayToken children
            ? children.Data.SelectMany(child => PageNodes(document, child, depth + 1))
            : [dictionary];
    }

    /// <summary>The size of a page's drawing instructions (its content streams, unpacked), read without reading the page.</summary>
    private static long ContentBytes(PdfDocument document, DictionaryToken page)
    {
        if (!page.TryGet(NameToken.Contents, out var contents))
        {
            return 0;
        }

        IEnumerable<IToken> parts = Resolve(document, contents) is ArrayToken array ? array.Data : [contents];
        return parts.Select(part => Resolve(document, part)).OfType<StreamToken>()
            .Sum(stream => (long)stream.Decode(document.Structure.FilterProvider).Length);
    }

    private static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
