using System.Globalization;
using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Language;

namespace CouncilSite.Tests.Support;

/// <summary>Formatters for tests of views, made from the few strings a formatter reads.</summary>
public static class TestFormat
{
    public static readonly Format English = For("en-GB", ("time.am", "am"), ("time.pm", "pm"), ("time.midday", "midday"), ("time.midnight", "midnight"));

    public static Format For(string language, params (string Key, string Text)[] words) =>
        new(new Strings(language, $"strings/{language}.yml", words.ToDictionary(w => w.Key, w => new StringText(w.Text)), CultureInfo.GetCultureInfo(language)));
}
