using CouncilSite.Addresses;
using CouncilSite.Sections;

namespace CouncilSite.Content;

/// <summary>The Load stage: every section reads its part of the clerk's folder.</summary>
public static class ContentLoader
{
    public static SiteContent Load(LoadContext context) => Load(context, SiteSections.All);

    public static SiteContent Load(LoadContext context, IReadOnlyList<Section> sections)
    {
        // The sections load side by side: a large council's news and policies are read while its
        // meetings are, instead of after them on one core. Each section sorts what it read, so
        // the order in which files finish never shows in the site.
        // A translation (about.cy.md) is read with its original, never listed as a file of its own.
        var reading = context with { Reserved = ReservedAddresses.Of(sections, context.Config.Languages.Codes.Skip(1)), Folder = context.Folder.In(context.Config.Languages) };
        var readers = sections.Where(s => s.ContentType is not null).ToList();
        if (readers.GroupBy(s => s.ContentType).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"Two sections read a {twice.Key!.Name}; give each section a content record of its own.");
        }

        var loads = readers.Select(s => (Type: s.ContentType!, Task: Task.Run(() => s.Load(reading)))).ToList();

        // Each load's own exception, not an AggregateException, if it failed.
        var read = loads.ToDictionary(l => l.Type, l => l.Task.GetAwaiter().GetResult()!);
        return new SiteContent(context.Config, context.Today, read);
    }
}
