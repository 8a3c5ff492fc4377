using CouncilSite.Build;
using CouncilSite.Diagnostics;
using CouncilSite.Sections;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.PlanningApplications;

/// <summary>
/// The promise of docs/architecture.md: a new kind of content is one folder (here
/// <see cref="PlanningSection"/>) and one registration line, and the rest of the site takes it in.
/// </summary>
public class NewSectionTests
{
    private static readonly (string, string)[] Files =
    [
        ("planning/24-0123.md", "---\ntitle: Two houses behind the Old Forge\nreceived: 2026-10-02\n---\nThe council supported the application.\n"),
        ("themes/default/layouts/planning.html", "<h1>{{ page.title }}</h1>\n<ul>{{ for a in applications }}<li><a href=\"{{ link a.address }}\">{{ a.title }}</a></li>{{ end }}</ul>\n"),
        ("news/2026-10-20-old-forge.md", "---\ntitle: Old Forge plans\n---\nSee [the application](../planning/24-0123.md).\n"),
    ];

    private static BuildResult Build(TempSite site, bool registered) =>
        SiteBuilder.Build(new BuildOptions(site.Root, site.Output, TempSite.Today)
        {
            Sections = registered ? [.. SiteSections.All, new PlanningSection()] : SiteSections.All,
        });

    private static string Read(TempSite site, string path) => File.ReadAllText(Path.Combine(site.Output, path));

    [Fact]
    public void A_registered_section_gets_its_pages_navigation_item_and_feed()
    {
        using var site = new TempSite(Files);
        var result = Build(site, registered: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<a href=\"24-0123/index.html\">Two houses behind the Old Forge</a>", Read(site, "planning/index.html"));
        Assert.Contains("The council supported the application.", Read(site, "planning/24-0123/index.html"));
        Assert.Contains("href=\"planning/index.html\"", Read(site, "index.html"));
        Assert.Contains("href=\"../feed.xml\"", Read(site, "planning/24-0123/index.html"));
        Assert.Contains("<title>Two houses behind the Old Forge</title>", Read(site, "planning/feed.xml"));
    }

    [Fact]
    public void Links_written_to_the_sections_files_lead_to_its_pages()
    {
        using var site = new TempSite(Files);
        Assert.True(Build(site, registered: true).Succeeded);

        Assert.Contains("href=\"../../planning/24-0123/index.html\"", Read(site, "news/2026-10-20-old-forge/index.html"));
    }

    [Fact]
    public void The_sections_address_is_reserved_and_its_text_scanned_for_personal_data()
    {
        using var site = new TempSite([.. Files, ("pages/planning.md", "# Our planning page\n"), ("planning/24-0200.md", "Call Mrs Jones on 07700 900123.\n")]);
        var result = Build(site, registered: true);

        Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.AddressClash, File: "pages/planning.md" });
        Assert.Contains(result.Diagnostics, d => d is { Code: DiagnosticCodes.PersonalData, File: "planning/24-0200.md" });
    }

    [Fact]
    public void Unregistered_the_folder_is_not_published()
    {
        using var site = new TempSite(Files[..2]);
        Assert.True(Build(site, registered: false).Succeeded);

        Assert.False(Directory.Exists(Path.Combine(site.Output, "planning")));
        Assert.DoesNotContain("Planning", Read(site, "index.html"));
    }
}
