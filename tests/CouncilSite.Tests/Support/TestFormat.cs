using System.Globalization;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Language;
using CouncilSite.Rendering.Theme;

namespace CouncilSite.Tests.Support;

/// <summary>Formatters for tests of views.</summary>
public static class TestFormat
{
    /// <summary>English, with every string of the built-in theme, as a site with no strings of its own has it.</summary>
    public static readonly Format English = new(StringsLoader.Load(Theme.BuiltIn(), "en-GB", new DiagnosticBag()));

    /// <summary>A language given only the strings a test needs.</summary>
    public static Format For(string language, params (string Key, string Text)[] words) =>
        new(new Strings(language, $"strings/{language}.yml", words.ToDictionary(w => w.Key, w => new StringText(w.Text)), CultureInfo.GetCultureInfo(language)));
}
