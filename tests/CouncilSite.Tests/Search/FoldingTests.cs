using CouncilSite.Search;

namespace CouncilSite.Tests.Search;

/// <summary>A resident finds a word however the clerk wrote it: capitals, accents, possessives, amounts.</summary>
public class FoldingTests
{
    [Theory]
    [InlineData("The Council's Play-Area", "the council play area")]
    [InlineData("Café NAÏVE résumé", "cafe naive resume")]
    [InlineData("don’t Smith’s ʼtwas", "dont smith twas")]
    [InlineData("£25k grant of £2,500.50 in 2026", "25k grant of 2500 50 in 2026")]
    [InlineData("a,b 1,a 'quoted' 's", "a b 1 a quoted s")]
    [InlineData("line\u0001break\ttab\u2028sep", "line break tab sep")]
    [InlineData("cafe\u0301 emoji😀here", "cafe emoji here")]
    [InlineData("\uFB01nance \uFB02ood o\uFB03ce \uFF21rea İstanbul", "finance flood office area istanbul")]
    public void Words_are_folded_as_the_browser_folds_them(string text, string words) =>
        Assert.Equal(words, string.Join(' ', SearchLanguage.Words(text)));

    [Fact]
    public void A_word_of_ten_thousand_letters_is_cut_to_the_longest_word()
    {
        var words = SearchLanguage.Words(new string('x', 10_000) + " end");
        Assert.Equal([new string('x', SearchLanguage.LongestWord), "end"], words);
    }

    [Fact]
    public void Empty_and_punctuation_only_texts_have_no_words()
    {
        Assert.Empty(SearchLanguage.Words(""));
        Assert.Empty(SearchLanguage.Words(" -- ' ’ , . "));
    }
}
