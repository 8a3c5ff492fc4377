using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Settings;

namespace CouncilSite.Sections.FreePages;

/// <summary>Loads <c>pages/</c>. <c>pages/index.md</c> is the home page's introduction, not a page of its own.</summary>
public static class FreePageLoader
{
    public const string Folder = "pages";
    public const string HomeIntroFile = "pages/index.md";

    public static (IReadOnlyList<FreePage> Pages, MarkdownSource? HomeIntro) Load(LoadContext context)
    {
        var pages = new List<FreePage>();
        MarkdownSource? intro = null;
        foreach (var file in context.Folder.Files(Folder))
        {
            if (!file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue; // Images and files beside pages are published as they are (see FreePagesSection).
            }

            var read = context.ReadMarkdown(file, ContentSettings.Page);
            if (read is not { } r)
            {
                continue;
            }

            if (file == HomeIntroFile)
            {
                intro = context.DrawnSource(r);
                continue;
            }

            var name = file[(Folder.Length + 1)..^3];
            if (name.EndsWith("/index", StringComparison.Ordinal))
            {
                name = name[..^"/index".Length];
            }

            if (context.AddressName(file, name) is not { } slug)
            {
                continue;
            }

            if (Addresses.ReservedAddresses.IsReserved(slug, context.Reserved))
            {
                context.Diagnostics.Error(file, 0, 0, DiagnosticCodes.AddressClash,
                    $"A page cannot be published at /{slug}/: that address belongs to a section the site makes itself.",
                    "Rename the file, e.g. pages/about-our-meetings.md, or put its text in the section's own files.");
                continue;
            }

            var fields = r.Front.Fields;
            pages.Add(new FreePage(
                slug,
                fields.String("title") ?? r.Source.TitleLine ?? Titles.FromSlug(name[(name.LastIndexOf('/') + 1)..]),
                fields.String("description"),
                fields.Int("order") ?? 100,
                fields.Bool("nav") ?? false,
                context.DrawnSource(r),
                fields.Extra()));
            if (!fields.Has("title") && r.Source.TitleLine is null)
            {
                context.Diagnostics.Warning(file, 1, 1, DiagnosticCodes.RequiredMissing,
                    $"This page has no title, so it is called '{pages[^1].Title}'.",
                    "Add front matter with a title: a line '---', then 'title: About the council', then '---'.");
            }
        }

        return (pages, intro);
    }
}
