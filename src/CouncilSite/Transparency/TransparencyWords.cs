using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Language;
using CouncilSite.Rendering.Theme;
using CouncilSite.Site;

namespace CouncilSite.Transparency;

/// <summary>
/// The words of a regime and its items in the language of a <see cref="Format"/>: the strings
/// <c>transparency_regime.&lt;regime&gt;</c>, <c>transparency_rule.&lt;item&gt;.title</c> and
/// <c>.requirement</c>, <c>transparency_current.&lt;key&gt;</c> and <c>transparency_source.&lt;key&gt;</c>.
/// </summary>
public static class TransparencyWords
{
    /// <summary>The language the titles of <see cref="RuleSource.Legislation"/> are written in.</summary>
    private const string LegislationLanguage = "en";

    public static string Name(TransparencyRegime regime, Format format) => format.Text($"transparency_regime.{regime.Id}");

    public static string Title(TransparencyRule rule, Format format) => format.Text($"transparency_rule.{rule.Words ?? rule.Id}.title");

    public static string Requirement(TransparencyRule rule, Format format) => format.Text($"transparency_rule.{rule.Words ?? rule.Id}.requirement");

    /// <summary>What "current" means for the item.</summary>
    public static string Current(TransparencyRule rule, Format format) => format.Text($"transparency_current.{rule.Current}");

    /// <summary>
    /// Where the item is asked, for a page: the title of legislation in <c>{title}</c> is marked as
    /// English on a page in another language, so a screen reader reads it as English. Each value
    /// goes with its text as a template gives it (a <see cref="SafeHtml"/>'s text is its HTML).
    /// </summary>
    public static Words Source(TransparencyRule rule, Format format)
    {
        var key = $"transparency_source.{rule.Source.Key}";
        var text = format.Strings.Find(key) ?? throw StringException.Missing(key, format.Strings);
        var title = rule.Source.Legislation is { } legislation ? Legislation(legislation, format) : null;
        var words = text.Parts(name => name == "title" && title is not null ? (title.ToString()!, title) : null, out var missing);
        return missing is null ? words : throw StringException.ValueMissing(key, missing, format.Strings);
    }

    private static object Legislation(string title, Format format) =>
        SiteLanguages.CodeOf(format.Strings.Language) == LegislationLanguage
            ? title
            : new SafeHtml($"<span lang=\"{LegislationLanguage}\">{HtmlEscaping.Escape(title)}</span>");
}
