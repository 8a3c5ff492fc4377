using CouncilSite.Search;

namespace CouncilSite.Tests.Search;

/// <summary>English words find their other forms, as Snowball's English (Porter2) stemmer groups them.</summary>
public class StemmingTests
{
    private static readonly SearchLanguage English = SearchLanguage.For("en-GB");

    [Theory]
    [InlineData("allotment", "allotments")]
    [InlineData("policy", "policies")]
    [InlineData("meeting", "meetings")]
    [InlineData("resolved", "resolve")]
    [InlineData("planning", "planned")]
    public void Forms_of_a_word_share_a_stem(string a, string b) => Assert.Equal(English.Stem(a), English.Stem(b));

    [Theory]
    [InlineData("precept", "precise")]
    [InlineData("council", "counsel")]
    public void Different_words_keep_different_stems(string a, string b) => Assert.NotEqual(English.Stem(a), English.Stem(b));

    [Fact]
    public void Stemming_is_the_same_from_many_threads()
    {
        var words = Enumerable.Range(0, 2000).Select(i => (i % 3 == 0 ? "allotments" : i % 3 == 1 ? "meetings" : "policies") + new string('s', i % 2)).ToArray();
        var alone = words.Select(English.Stem).ToArray();
        var together = new string[words.Length];
        Parallel.For(0, words.Length, i => together[i] = English.Stem(words[i]));
        Assert.Equal(alone, together);
    }
}
