using CouncilSite.Sections;

namespace CouncilSite.Addresses;

/// <summary>
/// Top-level addresses the generator owns, so a clerk's page can never take one and be silently
/// replaced: each section's own, and those later features and outputs will use.
/// </summary>
public static class ReservedAddresses
{
    private static readonly string[] Outputs = ["search", "api", "assets", "feeds", "cy", "en"];

    /// <summary>The names reserved by the site's usual sections (<see cref="SiteSections.All"/>).</summary>
    public static IReadOnlySet<string> Default { get; } = Of(SiteSections.All);

    /// <summary>The first names of every address the given sections and the site's outputs make.</summary>
    public static IReadOnlySet<string> Of(IEnumerable<Section> sections) => Of(sections, []);

    /// <summary>The same, with the folder of each of the site's languages besides the default (<c>/fr/</c> as well as <c>/cy/</c>).</summary>
    public static IReadOnlySet<string> Of(IEnumerable<Section> sections, IEnumerable<string> languageCodes) =>
        sections.SelectMany(s => s.Folders).Concat(Outputs).Concat(languageCodes).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a page at <c>/{slug}/</c> would take an address among <paramref name="reserved"/>.</summary>
    public static bool IsReserved(string slug, IReadOnlySet<string> reserved) => reserved.Contains(slug.Split('/')[0]);
}
