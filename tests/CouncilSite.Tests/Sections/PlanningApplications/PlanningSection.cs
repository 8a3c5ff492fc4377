using CouncilSite.Content;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Feeds;
using CouncilSite.Outputs.Html;
using CouncilSite.Sections;
using CouncilSite.Sections.FreePages;
using CouncilSite.Sections.Home;
using CouncilSite.Settings;

namespace CouncilSite.Tests.Sections.PlanningApplications;

/// <summary>A planning application the council was consulted on: <c>planning/24-0123.md</c>.</summary>
public sealed record PlanningApplication(string Reference, string Title, DateOnly Received, MarkdownSource Content)
{
    public string Address => PlanningRoutes.Application(Reference);
}

/// <summary>The index of applications, drawn by the section's own layout (the site's <c>themes/default/layouts/planning.html</c>).</summary>
public sealed record PlanningIndexModel(IReadOnlyList<PlanningApplication> Applications) : PageModel
{
    public override string Layout => "layouts/planning.html";
}

/// <summary>Every address of the section, built here and nowhere else.</summary>
public static class PlanningRoutes
{
    public const string Index = "/planning/";
    public const string Feed = "/planning/feed.xml";

    public static string Application(string reference) => $"/planning/{reference}/";
}

/// <summary>
/// The worked example of docs/architecture.md: a whole new section in one folder. Registered with
/// one line, <c>Sections = [.. SiteSections.All, new PlanningSection()]</c>, it gets its pages, its
/// navigation item, its feed, its reserved address and the privacy scan of its text.
/// </summary>
public sealed class PlanningSection : Section<IReadOnlyList<PlanningApplication>>
{
    private static readonly IReadOnlyList<AlternateLink> Announced = [AtomFeed.Link("Planning applications (Atom feed)", PlanningRoutes.Feed)];

    /// <summary>What a planning application's front matter may say.</summary>
    public static readonly FileKind Application = new("planning-application", "Planning applications", "The front matter of a planning application.",
        new SettingGroup("a planning application", [new Setting("title", SettingType.Text, "The application."), new Setting("received", SettingType.Date, "When it came.")]));

    public override IReadOnlyList<string> Folders => ["planning"];

    protected override IReadOnlyList<PlanningApplication> Read(LoadContext context) =>
        context.Folder.Files("planning", recursive: false)
            .Where(LoadContext.IsMarkdown)
            .Select(file => context.ReadMarkdown(file, Application) is { } read
                ? new PlanningApplication(Path.GetFileNameWithoutExtension(file), read.Front.Fields.String("title") ?? file,
                    read.Front.Fields.Date("received") ?? context.Today, context.DrawnSource(read))
                : null)
            .OfType<PlanningApplication>()
            .OrderByDescending(a => a.Received).ThenBy(a => a.Reference, StringComparer.Ordinal)
            .ToList();

    public override int Items(SiteContent content) => content.Of<IReadOnlyList<PlanningApplication>>().Count;

    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) => [new("Planning", PlanningRoutes.Index, "planning")];

    public override IEnumerable<MarkdownSource?> Texts(SiteContent content) => content.Of<IReadOnlyList<PlanningApplication>>().Select(a => a.Content);

    public override IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var applications = model.Content.Of<IReadOnlyList<PlanningApplication>>();
        var index = new Crumb("Planning", PlanningRoutes.Index);
        yield return new HtmlPage(PlanningRoutes.Index, "Planning applications", "planning", [HomePage.Crumb(model.Format)],
            new PlanningIndexModel(applications), Alternates: Announced);
        foreach (var application in applications)
        {
            yield return new HtmlPage(application.Address, application.Title, "planning", [HomePage.Crumb(model.Format), index],
                new MarkdownPageModel(new Dictionary<string, object?>()), application.Content, Alternates: Announced, Sources: [application.Content.File]);
        }
    }

    public override IEnumerable<OutputFile> Files(SiteModel model)
    {
        var entries = model.Content.Of<IReadOnlyList<PlanningApplication>>()
            .Select(a => new AtomEntry(a.Address, a.Title, a.Received, a.Address, a.Content.FirstParagraph)).ToList();
        return [new AtomFeed("Planning applications", PlanningRoutes.Feed, PlanningRoutes.Index, entries).File(model.Content.Config)];
    }
}
