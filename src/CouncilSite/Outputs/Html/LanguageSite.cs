using CouncilSite.Addresses;
using CouncilSite.Rendering.Language;
using CouncilSite.Site;

namespace CouncilSite.Outputs.Html;

/// <summary>The site in one of its languages: what its pages show of it, where they live, and their words.</summary>
/// <param name="Languages">The site's languages, reading or making this one.</param>
public sealed record LanguageSite(SiteView View, LanguageAddresses Addresses, Strings Strings, SiteLanguages Languages);
