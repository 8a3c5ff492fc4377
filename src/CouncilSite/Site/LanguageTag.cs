using System.Text.RegularExpressions;

namespace CouncilSite.Site;

/// <summary>
/// A language tag as BCP 47 (RFC 5646) writes one: <c>en-GB</c>, <c>cy</c>, <c>gd-GB</c>,
/// <c>sr-Latn-RS</c>. Checked for its form only, so a tag the registry gains later is still
/// accepted; every page's <c>&lt;html lang&gt;</c> is written from it.
/// </summary>
public static partial class LanguageTag
{
    public static bool IsWellFormed(string tag) => Grammar().IsMatch(tag);

    // language (with extended subtags), script, region, variants, extensions, private use; or private use alone.
    // The grammar also allows a language of 5 to 8 letters, but none is registered, and "English" is a clerk's slip.
    [GeneratedRegex(
        @"^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
