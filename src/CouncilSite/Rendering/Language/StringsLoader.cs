using System.Globalization;
using System.Text;
using CouncilSite.Diagnostics;
using CouncilSite.Site;
using CouncilSite.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ThemeFiles = CouncilSite.Rendering.Theme.Theme;

namespace CouncilSite.Rendering.Language;

/// <summary>
/// Reads one language's strings from the theme: <c>strings/en.yml</c> for <c>en-GB</c>, then
/// <c>strings/en-GB.yml</c> if there is one, each the built-in file first and then the site's own
/// file of that name, a later file's string replacing an earlier one's key by key. So a council
/// changes one phrase with a one-line file, and a regional variant holds only what differs.
/// </summary>
public static class StringsLoader
{
    /// <summary>Every language must have every string of this file, the one all strings are written for first.</summary>
    public const string Reference = "strings/en.yml";

    public static Strings Load(ThemeFiles theme, string language, DiagnosticBag diagnostics)
    {
        var files = Files(language).Where(path => theme.Find(path) is not null).ToList();
        var culture = language;
        if (files.Count == 0)
        {
            diagnostics.Warning(SiteConfigLoader.FileName, 0, 0, DiagnosticCodes.StringsNotFound,
                $"The theme has no strings for the language '{language}' (a file strings/{Primary(language)}.yml), so its pages show English words.",
                $"Add themes/default/strings/{Primary(language)}.yml to the site folder with every string of the built-in {Reference} translated (see docs/themes.md, \"Words and languages\").");
            files = [Reference];
            culture = ReferenceCulture;
        }

        var texts = new Dictionary<string, StringText>(StringComparer.Ordinal);
        string? file = null;
        foreach (var layer in files.SelectMany(theme.Layers))
        {
            Read(layer, texts, diagnostics);
            file = layer.Origin;
        }

        // A missing string stops the build; its English stands in so that nothing drawn before then fails on it.
        var reference = files[0] == Reference ? new Dictionary<string, StringText>() : ReferenceTexts(theme);
        foreach (var (key, text) in reference.Where(r => !texts.ContainsKey(r.Key)))
        {
            diagnostics.Error(file!, 0, 0, DiagnosticCodes.StringMissing, StringException.MissingMessage(key, file!),
                $"Every language needs every string of the built-in {Reference}; translate the missing one.");
            texts[key] = text;
        }

        return new Strings(language, file!, texts, Culture(culture));
    }

    /// <summary>The culture of the reference strings: British English, as GOV.UK writes it.</summary>
    private const string ReferenceCulture = "en-GB";

    /// <summary>
    /// English strings are written in British English whatever the region the tag names; another
    /// language's culture is its own, or British English where the system knows none for the tag.
    /// </summary>
    private static CultureInfo Culture(string language)
    {
        if (Primary(language) == "en")
        {
            return CultureInfo.GetCultureInfo(ReferenceCulture);
        }

        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo(ReferenceCulture);
        }
    }

    /// <summary>The files for a language, the most general first.</summary>
    private static IEnumerable<string> Files(string language)
    {
        var primary = Primary(language);
        yield return $"strings/{primary}.yml";
        if (!string.Equals(language, primary, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"strings/{language}.yml";
        }
    }

    private static string Primary(string language) => language.Split('-')[0].ToLowerInvariant();

    /// <summary>The strings of the built-in reference file; its own mistakes are the theme's, reported where it is read.</summary>
    private static Dictionary<string, StringText> ReferenceTexts(ThemeFiles theme)
    {
        var texts = new Dictionary<string, StringText>(StringComparer.Ordinal);
        if (theme.Layers(Reference).FirstOrDefault() is { } builtIn)
        {
            Read(builtIn, texts, new DiagnosticBag());
        }

        return texts;
    }

    private static void Read(ThemeFiles.ThemeFile file, Dictionary<string, StringText> into, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var text = Encoding.UTF8.GetString(file.Read()).TrimStart('\uFEFF');
        try
        {
            stream.Load(new BoundedParser(new Parser(new StringReader(text))));
        }
        catch (YamlLimitException ex)
        {
            diagnostics.Error(file.Origin, (int)ex.Start.Line, (int)ex.Start.Column, DiagnosticCodes.StringsUnreadable, ex.Words, ex.Hint);
            return;
        }
        catch (YamlException ex)
        {
            var problem = YamlErrors.Explain(ex, text);
            diagnostics.Error(file.Origin, problem.Line, problem.Column, DiagnosticCodes.StringsUnreadable, problem.Message, problem.Hint);
            return;
        }

        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is var root && root is not YamlMappingNode)
        {
            Wrong(file, root, "", diagnostics);
            return;
        }

        if (stream.Documents.Count > 0)
        {
            Read(file, (YamlMappingNode)stream.Documents[0].RootNode, "", into, diagnostics);
        }
    }

    /// <summary>Keys in groups (<c>meetings:</c> then <c>title:</c> indented) are read as <c>meetings.title</c>.</summary>
    private static void Read(ThemeFiles.ThemeFile file, YamlMappingNode map, string group, Dictionary<string, StringText> into, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            var key = group + ((YamlScalarNode)keyNode).Value;
            switch (value)
            {
                case YamlMappingNode inner:
                    Read(file, inner, key + ".", into, diagnostics);
                    break;
                case YamlScalarNode { Value: { Length: > 0 } text }:
                    into[key] = new StringText(text);
                    break;
                default:
                    Wrong(file, value, key, diagnostics);
                    break;
            }
        }
    }

    private static void Wrong(ThemeFiles.ThemeFile file, YamlNode node, string key, DiagnosticBag diagnostics) =>
        diagnostics.Error(file.Origin, (int)node.Start.Line, (int)node.Start.Column, DiagnosticCodes.StringsUnreadable,
            key.Length == 0 ? "A strings file must be written as 'key: words' lines." : $"The string '{key}' must be words on the same line as its key, not a list or nothing.",
            "Write each string as 'key: words', e.g. 'title: Meetings'; put words with a colon and a space in double quotes.");
}
