using System.Text.RegularExpressions;
using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Language;
using CouncilSite.Tests.Support;
using ThemeFiles = CouncilSite.Rendering.Theme.Theme;

namespace CouncilSite.Tests.Rendering.Language;

/// <summary>
/// The strings the generator asks for in C# are in the built-in English file, and every language
/// the built-in theme speaks has each of them with the same values, so no build fails for want of one.
/// </summary>
public partial class StringKeysTests
{
    private static readonly string[] FileEndings = ["json", "xml", "html", "yml", "csv", "css", "svg", "ics", "md", "txt"];

    private static readonly ThemeFiles BuiltIn = ThemeFiles.BuiltIn();

    /// <summary>Every language of the built-in theme but English, by the name of its strings file (<c>cy</c>).</summary>
    public static TheoryData<string> Languages =>
        new(BuiltIn.Under("strings/").Select(f => Path.GetFileNameWithoutExtension(f.Path)).Where(language => language != "en"));

    [Fact]
    public void Every_string_the_generator_names_is_in_the_built_in_english_strings()
    {
        var diagnostics = new DiagnosticBag();
        var english = StringsLoader.Load(BuiltIn, "en-GB", diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        var groups = english.Keys.Select(k => k[..k.IndexOf('.')]).ToHashSet();

        // Every text in the source written like a key of a group the strings have ("meetings.title"),
        // but for the start of a key finished while the site is built ("transparency.status_").
        var source = Path.Combine(ExampleSiteBuild.Repository, "src", "CouncilSite");
        var named = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => KeyLike().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('_') && groups.Contains(key[..key.IndexOf('.')]) && !FileEndings.Contains(key[(key.LastIndexOf('.') + 1)..]))
            .Distinct()
            .ToList();

        Assert.True(named.Count > 50, $"Only {named.Count} keys were found in the source; has the way they are named changed?");
        Assert.All(named, key => Assert.True(english.Has(key) || (english.Has(key + "_one") && english.Has(key + "_other")),
            $"The source names the string '{key}', which strings/en.yml lacks."));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_of_the_built_in_theme_has_exactly_the_strings_of_the_english_one(string language)
    {
        var english = English();
        var diagnostics = new DiagnosticBag();
        var strings = StringsLoader.Load(BuiltIn, language, diagnostics);

        // A string missing from the language's file is an error naming it (and its English stands in); one too many is a key English lacks.
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Empty(strings.Keys.Except(english.Keys));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_string_of_every_language_takes_the_values_the_english_one_takes(string language)
    {
        var english = English();
        var strings = StringsLoader.Load(BuiltIn, language, new DiagnosticBag());

        Assert.All(english.Keys, key => Assert.True(
            Names(english, key).SequenceEqual(Names(strings, key)),
            $"strings/{language}.yml: '{key}' shows {{{string.Join("}, {", Names(strings, key))}}} where English shows {{{string.Join("}, {", Names(english, key))}}}."));
    }

    private static Strings English() => StringsLoader.Load(BuiltIn, "en-GB", new DiagnosticBag());

    private static IEnumerable<string> Names(Strings strings, string key) =>
        (strings.Find(key)?.Names ?? []).Distinct().Order(StringComparer.Ordinal);

    [GeneratedRegex("\"([a-z_]+\\.[a-z_-]+)\"")]
    private static partial Regex KeyLike();
}
