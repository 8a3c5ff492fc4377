using CouncilSite.Addresses;
using CouncilSite.Rendering.Language;

namespace CouncilSite.Outputs.Html;

/// <summary>The site in one of its languages: what its pages show of it, where they live, and their words.</summary>
public sealed record LanguageSite(SiteView View, LanguageAddresses Addresses, Strings Strings);
