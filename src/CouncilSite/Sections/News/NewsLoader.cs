using System.Globalization;
using System.Text.RegularExpressions;
using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Settings;

namespace CouncilSite.Sections.News;

/// <summary>Loads <c>news/YYYY-MM-DD-slug.md</c>.</summary>
public static partial class NewsLoader
{
    public const string Folder = "news";

    public static IReadOnlyList<NewsItem> Load(LoadContext context) =>
        context.Folder.Files(Folder, recursive: false)
            .Where(file => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) // Images for news are published beside the items.
            .Select(file => context.Part(file, part => LoadOne(file, part)))
            .OfType<NewsItem>()
            .ToList();

    private static NewsItem? LoadOne(string file, LoadContext context)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var match = Name().Match(name);
        if (!match.Success)
        {
            context.Diagnostics.Error(file, 0, 0, DiagnosticCodes.FileName,
                "A news file's name must start with its date.",
                $"Rename it YYYY-MM-DD-{name}.md, with the date the news was published.");
            return null;
        }

        if (!DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            context.Diagnostics.Error(file, 0, 0, DiagnosticCodes.InvalidDate,
                $"{match.Groups[1].Value} at the start of the file name is not a real date.",
                "Rename the file with the real date, written YYYY-MM-DD.");
            return null;
        }

        // The words after the date are the rest of the address: 2025-04-02-Spring fair.md is /news/2025-04-02-spring-fair/.
        if (AddressNames.Name(match.Groups[2].Value) is not { } words)
        {
            context.Diagnostics.Error(file, 0, 0, DiagnosticCodes.NameWithoutAddress,
                "A news file's name needs a few words after the date, to make its web address.",
                $"Rename it e.g. {match.Groups[1].Value}-spring-fair.md, with words saying what the news is about.");
            return null;
        }

        if (context.ReadMarkdown(file, ContentSettings.News) is not { } read)
        {
            return null;
        }

        var fields = read.Front.Fields;
        return new NewsItem(
            $"{match.Groups[1].Value}-{words}",
            date,
            fields.String("title") ?? read.Source.TitleLine ?? Titles.FromSlug(match.Groups[2].Value),
            fields.String("summary") ?? read.Source.FirstParagraph,
            fields.Date("expires"),
            context.DrawnSource(read),
            fields.Extra());
    }

    /// <summary>The date, then the words (in any characters: they are folded into the address).</summary>
    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})(.*)$")]
    private static partial Regex Name();
}
