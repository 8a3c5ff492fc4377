using CouncilSite.Sections;

namespace CouncilSite.Build;

/// <param name="SiteFolder">The clerk's folder, holding site.yml.</param>
/// <param name="OutputFolder">Where the site is written; default <c>&lt;site&gt;/_site</c>.</param>
/// <param name="Today">The date to build as; default today in the council's time zone. Tests and previews of a future date set it.</param>
public sealed record BuildOptions(string SiteFolder, string? OutputFolder = null, DateOnly? Today = null)
{
    /// <summary>The sections the site is made of; <see cref="SiteSections.All"/> unless a test or an extension adds its own.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = SiteSections.All;

    public const string DefaultOutputName = "_site";

    public string Output => Path.GetFullPath(OutputFolder ?? Path.Combine(SiteFolder, DefaultOutputName));
}
