using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using CouncilSite.Yaml;

namespace CouncilSite.Sections.Councillors;

/// <summary>
/// Loads <c>councillors/*.md</c>, one councillor a file. Other files in the folder (photos,
/// registers of interests as PDF) are published beside the pages, so front matter can name them.
/// </summary>
public static class CouncillorLoader
{
    public const string Folder = "councillors";

    public static IReadOnlyList<Councillor> Load(LoadContext context)
    {
        var councillors = new List<Councillor>();
        foreach (var file in context.Folder.Files(Folder, recursive: false))
        {
            if (!file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var fileName = Path.GetFileNameWithoutExtension(file);
            if (context.AddressName(file, fileName) is not { } slug || context.ReadMarkdown(file, ContentSettings.Councillor, textRequired: false) is not { } read)
            {
                continue;
            }

            var fields = read.Front.Fields;
            var name = fields.String("name") ?? read.Source.TitleLine;
            if (name is null)
            {
                context.Diagnostics.Error(file, fields.LineOf("name"), 1, DiagnosticCodes.RequiredMissing,
                    "The councillor's name is missing.", "Add 'name: Jane Smith' to the front matter.");
                name = Titles.FromSlug(fileName);
            }

            var (interests, interestsFile) = ReadInterests(fields, file, context);
            var photo = ReadPhoto(fields, file, context);
            councillors.Add(new Councillor(
                slug,
                name,
                fields.String("role"),
                fields.String("ward"),
                fields.String("email"),
                fields.String("phone"),
                fields.Date("term_ends"),
                fields.StringList("responsibilities"),
                interests,
                interestsFile,
                photo,
                fields.String("photo_alt"),
                context.DrawnSource(read),
                fields.Extra()));
        }

        return councillors;
    }

    /// <summary>A path names a file (a register of interests as PDF or Markdown); anything else is the text of one interest.</summary>
    private static (IReadOnlyList<string> Items, string? File) ReadInterests(YamlFields fields, string file, LoadContext context)
    {
        var items = fields.StringList("interests");
        if (items.Count != 1 || !LooksLikePath(items[0]))
        {
            return (items, null);
        }

        var target = Locate(fields, "interests", items[0], file, context);
        if (target is null)
        {
            return ([], null);
        }

        if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            context.Diagnostics.Error(file, fields.LineOf("interests"), 1, DiagnosticCodes.MissingFile,
                "A register of interests in Markdown would be read as another councillor.",
                "Write the interests as a list under 'interests:', one '- ' line each, or give a PDF file.");
            return ([], null);
        }

        if (context.Folder.FileExists(target))
        {
            return ([], target);
        }

        context.Diagnostics.Error(file, fields.LineOf("interests"), 1, DiagnosticCodes.MissingFile,
            $"The register of interests '{items[0]}' was not found.",
            "Put the file in the councillors folder and give its name, e.g. 'interests: jane-smith-interests.pdf'.");
        return ([], null);
    }

    private static string? ReadPhoto(YamlFields fields, string file, LoadContext context)
    {
        var photo = fields.String("photo");
        if (photo is null)
        {
            return null;
        }

        if (fields.String("photo_alt") is null)
        {
            context.Diagnostics.Error(file, fields.LineOf("photo"), 1, DiagnosticCodes.PhotoWithoutAlt,
                "The photo has no text description for people who cannot see it.",
                "Add 'photo_alt:' describing the photo, e.g. 'photo_alt: Jane Smith, smiling, in front of the village hall'.");
        }

        var target = Locate(fields, "photo", photo, file, context);
        if (target is null)
        {
            return null;
        }

        if (!context.Folder.FileExists(target))
        {
            context.Diagnostics.Error(file, fields.LineOf("photo"), 1, DiagnosticCodes.MissingFile,
                $"The photo '{photo}' was not found.",
                "Put the photo in the councillors folder (photo: jane-smith.jpg) or in static/images (photo: /images/jane-smith.jpg).");
            return null;
        }

        return target;
    }

    /// <summary>
    /// The file a setting names: a name relative to the councillors folder, or an address from the
    /// site root (a file in static/). Null, with a message, when the path leads outside the site folder.
    /// </summary>
    private static string? Locate(YamlFields fields, string key, string path, string file, LoadContext context)
    {
        var written = path.StartsWith('/') ? "static" + path : $"{file[..file.LastIndexOf('/')]}/{path}";
        if (context.Folder.Within(written) is { } inside)
        {
            return inside;
        }

        context.Diagnostics.Error(file, fields.LineOf(key), fields.ValueColumn(key), DiagnosticCodes.SettingLeavesSite,
            $"'{path}' in '{key}' leads outside the site folder, so it was not published.",
            "Name a file inside the site folder: one in the councillors folder (e.g. jane-smith.jpg), or one in static/ by its address (e.g. /images/jane-smith.jpg).");
        return null;
    }

    private static bool LooksLikePath(string text) =>
        !text.Contains(' ') && (text.Contains('/') || Path.HasExtension(text));
}
