using System.Text.RegularExpressions;
using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Language;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Language;

/// <summary>The strings the generator asks for in C# are in the built-in English file, so no build fails for want of one.</summary>
public partial class StringKeysTests
{
    private static readonly string[] FileEndings = ["json", "xml", "html", "yml", "csv", "css", "svg", "ics", "md", "txt"];

    [Fact]
    public void Every_string_the_generator_names_is_in_the_built_in_english_strings()
    {
        var diagnostics = new DiagnosticBag();
        var english = StringsLoader.Load(CouncilSite.Rendering.Theme.Theme.BuiltIn(), "en-GB", diagnostics);
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

    [GeneratedRegex("\"([a-z_]+\\.[a-z_-]+)\"")]
    private static partial Regex KeyLike();
}
