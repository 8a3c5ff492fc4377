using Ganss.Xss;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// Raw HTML in a clerk's Markdown may format but never script. HtmlSanitizer (a well-kept
/// library built on AngleSharp) does the cleaning; we add the list of what it removed, so the
/// clerk is told, with the line, instead of finding a silently different page.
/// </summary>
public sealed class HtmlSafety
{
    /// <summary>Elements whose removal means the clerk's file tried to run or embed something.</summary>
    private static readonly HashSet<string> DangerousTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "object", "embed", "applet", "frame", "frameset", "form", "input", "button",
        "textarea", "select", "style", "link", "meta", "base", "svg", "math",
    };

    public sealed record Removal(string What, bool Dangerous);

    private static HtmlSanitizer CreateSanitizer()
    {
        // Keep the words inside a removed tag (Word's <o:p>, <font>); dangerous tags stop the build anyway.
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true };
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        // Word's <font> and <center> carry presentation only; the text inside them is kept.
        sanitizer.AllowedTags.Remove("font");
        sanitizer.AllowedTags.Remove("center");
        sanitizer.AllowedTags.Add("details");
        sanitizer.AllowedTags.Add("summary");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedSchemes.Add("webcal");

        // Relative links are kept as they are; the link rewriter has already made them relative.
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAttributes.Remove("style");
        return sanitizer;
    }

    /// <summary>Made when first needed: setting up AngleSharp costs a site whose files hold no raw HTML for nothing.</summary>
    private readonly Lazy<HtmlSanitizer> _sanitizer = new(CreateSanitizer);

    /// <summary>The HTML with everything unsafe removed. Thread-safe: one sanitizer serves the build.</summary>
    public string Clean(string html) => _sanitizer.Value.Sanitize(html);

    /// <summary>What cleaning a fragment of a clerk's HTML would remove, for messages.</summary>
    public static IReadOnlyList<Removal> Inspect(string html)
    {
        var removals = new List<Removal>();
        var sanitizer = CreateSanitizer();
        sanitizer.RemovingTag += (_, e) =>
            removals.Add(new Removal($"the <{e.Tag.LocalName}> element", DangerousTags.Contains(e.Tag.LocalName)));
        sanitizer.RemovingAttribute += (_, e) =>
        {
            var name = e.Attribute.Name;
            var value = e.Attribute.Value ?? "";
            var dangerous = name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ||
                            value.Contains("script:", StringComparison.OrdinalIgnoreCase);
            removals.Add(new Removal($"the '{name}' attribute of <{e.Tag.LocalName}>", dangerous));
        };
        sanitizer.Sanitize(html);
        return removals;
    }
}
