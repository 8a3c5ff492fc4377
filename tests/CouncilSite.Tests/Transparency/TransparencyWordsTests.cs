using CouncilSite.Diagnostics;
using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Language;
using CouncilSite.Transparency;
using ThemeFiles = CouncilSite.Rendering.Theme.Theme;

namespace CouncilSite.Tests.Transparency;

/// <summary>
/// Every item of every regime has its words in each language of the built-in theme, so a site
/// under either code builds in either language; the example site shows only one code's items.
/// </summary>
public class TransparencyWordsTests
{
    public static TheoryData<string> Languages => new("en-GB", "cy");

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_item_of_every_regime_has_its_words(string language)
    {
        var format = new Format(StringsLoader.Load(ThemeFiles.BuiltIn(), language, new DiagnosticBag()));
        var regimes = new[] { TransparencyRules.SmallerAuthoritiesCode, TransparencyRules.LocalGovernmentCode };

        Assert.All(regimes, regime =>
        {
            Assert.NotEmpty(TransparencyWords.Name(regime, format));
            Assert.All(regime.Rules, rule =>
            {
                Assert.NotEmpty(TransparencyWords.Title(rule, format));
                Assert.NotEmpty(TransparencyWords.Requirement(rule, format));
                Assert.NotEmpty(TransparencyWords.Current(rule, format));
                Assert.NotEmpty(TransparencyWords.Source(rule, format).Text);
            });
        });
    }
}
