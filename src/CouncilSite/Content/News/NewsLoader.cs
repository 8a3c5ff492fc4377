using System.Globalization;
using System.Text.RegularExpressions;
using CouncilSite.Diagnostics;

namespace CouncilSite.Content.News;

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
        var slug = Path.GetFileNameWithoutExtension(file);
        var match = Name().Match(slug);
        if (!match.Success)
        {
            context.Diagnostics.Error(file, 0, 0, DiagnosticCodes.FileName,
                "A news file's name must start with its date.",
                $"Rename it YYYY-MM-DD-{slug}.md, with the date the news was published.");
            return null;
        }

        if (!DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            context.Diagnostics.Error(file, 0, 0, DiagnosticCodes.InvalidDate,
                $"{match.Groups[1].Value} at the start of the file name is not a real date.",
                "Rename the file with the real date, written YYYY-MM-DD.");
            return null;
        }

        if (context.ReadMarkdown(file) is not { } read)
        {
            return null;
        }

        var fields = read.Front.Fields;
        return new NewsItem(
            slug,
            date,
            fields.String("title") ?? read.Source.TitleLine ?? Titles.FromSlug(match.Groups[2].Value),
            fields.String("summary") ?? read.Source.FirstParagraph,
            fields.Date("expires"),
            context.Keep(read),
            fields.Extra());
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-([a-z0-9][a-z0-9-]*)$")]
    private static partial Regex Name();
}
