using CouncilSite.Search;

namespace CouncilSite.Tests.Search;

/// <summary>
/// A Welsh site's search finds a word in every form its first letters take after another word
/// ("cyngor" finds "gyngor", "nghyngor", "chyngor"), while the word as written still weighs most;
/// an English site's index is what it always was.
/// </summary>
public class WelshSearchTests
{
    private static SearchEntry Page(string slug, string title, string text) => new($"/cy/{slug}/", title, SearchKind.Pages, text);

    private static IndexFiles Welsh(params SearchEntry[] entries) => new(IndexFiles.Build(entries, language: "cy"));

    private static List<string> Titles(IndexFiles files, string word) =>
        [.. (files.Find(word) ?? []).Select(f => files.Result(f.Document)[0]).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("cy")]
    [InlineData("cy-GB")]
    [InlineData("CY")]
    [InlineData("Cy-gb")]
    [InlineData(" cy-GB ")]
    public void A_Welsh_tag_gives_Welsh_search(string tag) => Assert.IsType<WelshSearch>(SearchLanguage.For(tag));

    [Theory]
    [InlineData("en-GB")]
    [InlineData("en")]
    [InlineData("cym")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_tag_gives_English_search(string? tag) => Assert.IsType<EnglishSearch>(SearchLanguage.For(tag));

    [Theory]
    [InlineData("cyngor", "gyngor")]
    [InlineData("cyngor", "nghyngor")]
    [InlineData("cyngor", "chyngor")]
    [InlineData("pont", "bont")]
    [InlineData("pont", "mhont")]
    [InlineData("pont", "phont")]
    [InlineData("tref", "dref")]
    [InlineData("tref", "nhref")]
    [InlineData("tref", "thref")]
    [InlineData("gardd", "ardd")]
    [InlineData("gardd", "ngardd")]
    [InlineData("bws", "fws")]
    [InlineData("bws", "mws")]
    [InlineData("dydd", "ddydd")]
    [InlineData("dydd", "nydd")]
    [InlineData("llyfrgell", "lyfrgell")]
    [InlineData("mam", "fam")]
    [InlineData("rhaglen", "raglen")]
    [InlineData("enw", "henw")]
    public void A_search_for_a_word_finds_its_mutated_forms(string word, string written)
    {
        var files = Welsh(Page("a", "Tudalen", $"Mae'r {written} ar agor."), Page("b", "Arall", "Dim byd yma."));
        Assert.Equal(["Tudalen"], Titles(files, word));
        Assert.Equal(["Tudalen"], Titles(files, written));
    }

    [Theory]
    [InlineData("Ffordd y Bont", "Mae'r bont ar gau.")]
    [InlineData("Ffordd y Bont", "Mae'r Bont ar gau.")]
    public void Capitals_and_titles_mutate_as_the_text_does(string title, string text)
    {
        var files = Welsh(Page("a", title, text));
        Assert.Equal([title], Titles(files, "pont"));
    }

    [Fact]
    public void The_forms_a_page_writes_are_marked_in_its_result()
    {
        var files = Welsh(Page("a", "Cyngor", "Cyfarfod o'r gyngor yn y neuadd, a'n nghyngor ni."), Page("b", "Bws", "Y fws i'r dref."));
        Assert.Equal(["cyngor", "gyngor", "nghyngor"], files.Marks("cyngor"));
        Assert.Equal(["bws", "fws"], files.Marks("bws"));
        Assert.Equal(["fws"], files.Marks("fws"));
    }

    [Fact]
    public void A_mutated_form_does_not_find_the_word_it_comes_from()
    {
        var files = Welsh(Page("a", "Mam", "Cyfarfod y mamau."), Page("b", "Fam", "Ei fam a'i dad."));
        Assert.Equal(["Fam", "Mam"], Titles(files, "mam"));
        Assert.Equal(["Fam"], Titles(files, "fam"));
    }

    [Fact]
    public void A_decision_is_not_confused_with_deciding_or_a_resolution()
    {
        var files = Welsh(
            Page("a", "Penderfyniad", "Y penderfyniad terfynol."),
            Page("b", "Benderfyniad", "Ei benderfyniad ef."),
            Page("c", "Penderfynwyd", "Penderfynwyd cymeradwyo'r cofnodion."),
            Page("d", "Penderfynu", "Bydd y cyngor yn penderfynu ym mis Mai."));
        Assert.Equal(["Benderfyniad", "Penderfyniad"], Titles(files, "penderfyniad"));
        Assert.Equal(["Penderfynwyd"], Titles(files, "penderfynwyd"));
        Assert.Equal(["Penderfynu"], Titles(files, "penderfynu"));
    }

    [Fact]
    public void The_word_as_written_weighs_at_least_as_much_as_a_mutated_form_in_the_text_and_the_title()
    {
        var files = Welsh(
            Page("a", "Y bont", "Trwsio'r bont dros yr afon."),
            Page("b", "Y pont", "Trwsio'r pont dros yr afon."),
            Page("c", "Cyfarfod", "Trafodwyd y bont newydd."),
            Page("d", "Cyfarfod", "Trafodwyd y pont newydd."));
        var weights = files.Find("pont")!.ToDictionary(f => files.Result(f.Document)[1], f => f.Weight);
        Assert.True(weights["../cy/b/"] > weights["../cy/a/"], $"Written {weights["../cy/b/"]}, mutated {weights["../cy/a/"]} (title and text)");
        Assert.True(weights["../cy/d/"] > weights["../cy/c/"], $"Written {weights["../cy/d/"]}, mutated {weights["../cy/c/"]} (text)");
    }

    [Theory]
    [InlineData("bae", "Mae cyngor yn cwrdd.")]
    [InlineData("baer", "Mae'r cyngor yn cwrdd.")]
    [InlineData("tim", "Dim byd i'w adrodd.")]
    [InlineData("gall", "All members were present.")]
    [InlineData("gyn", "Mae hi yn y neuadd.")]
    public void The_commonest_little_words_are_not_read_as_mutated(string word, string text)
    {
        Assert.Null(Welsh(Page("a", "Tudalen", text)).Find(word));
    }

    [Fact]
    public void Every_written_word_and_every_word_it_may_stand_for_is_in_the_chunk_the_browser_looks_in()
    {
        var entries = new[]
        {
            Page("a", "Cyngor Cymuned", "Cyfarfod o'r Gyngor yn Neuadd y Dref: y bont, y llyfrgell, ei henw, fy nghyngor, ei thref."),
            Page("b", "Rhaglen", "Raglen y flwyddyn; gardd, ardd a ngardd; bws a fws."),
        };
        var files = new IndexFiles(IndexFiles.Build(entries, new IndexLayout(ChunkBytes: 40), "cy"));
        Assert.True(files.Keys.Count > 5, $"Only {files.Keys.Count} chunks were made");
        var words = entries.SelectMany(e => SearchLanguage.Words(e.Title + " " + e.Text)).ToList();
        foreach (var word in words.Concat(words.SelectMany(new WelshSearch().MayStandFor)))
        {
            Assert.True(files.Find(word) is { Count: > 0 }, $"'{word}' is not in chunk {files.ChunkOf(word)}");
        }
    }
}
