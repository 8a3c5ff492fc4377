using System.Globalization;
using CouncilSite.Site;

namespace CouncilSite.Languages;

/// <summary>Languages named in English, as the clerk's messages are written.</summary>
public static class LanguageNames
{
    /// <summary>The name of a tag's language in English (<c>Welsh</c> for <c>cy</c>), or the tag itself for a language .NET does not know.</summary>
    public static string English(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(SiteLanguages.CodeOf(tag), predefinedOnly: true).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
