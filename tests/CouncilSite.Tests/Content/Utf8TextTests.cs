using CouncilSite.Content;

namespace CouncilSite.Tests.Content;

/// <summary>A clerk's text kept as UTF-8 for the length of a build comes back exactly as it was written.</summary>
public class Utf8TextTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "Minutes of the Full Council",
        "Cyngor Cymuned Llanfair: £400 for the ‘play area’ – agreed 🎉",
        new string('é', 5_000) + "🎉" + new string('a', 1_023) + "🎉",
        "A lone half of a pair \ud83c and its other half \udf89 alone",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Gives_back_the_text_it_was_given(string text)
    {
        var kept = new Utf8Text(text);

        Assert.Equal(text, kept.ToString());
        Assert.Equal(text.Length, kept.Length);
        Assert.True(kept.Is(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Is_not_a_text_that_differs_by_one_character(string text)
    {
        var kept = new Utf8Text(text);

        Assert.False(kept.Is(text + "x"));
        if (text.Length > 0)
        {
            Assert.False(kept.Is(text[..^1] + (text[^1] == 'a' ? 'b' : 'a')));
            Assert.False(kept.Is("x" + text[1..]));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Equals_the_same_text_kept_again_and_no_other(string text)
    {
        Assert.Equal(new Utf8Text(text), new Utf8Text(text));
        Assert.Equal(new Utf8Text(text).GetHashCode(), new Utf8Text(text).GetHashCode());
        Assert.NotEqual(new Utf8Text(text), new Utf8Text(text + "x"));
    }

    [Fact]
    public void A_source_keeps_its_body_and_plain_text()
    {
        var source = new CouncilSite.Rendering.Markdown.MarkdownEngine().Parse("about.md", "# About\n\nWe meet in the **Neuadd**, £2 a year.\n", 3).Source;

        Assert.Equal("# About\n\nWe meet in the **Neuadd**, £2 a year.\n", source.Body);
        Assert.Equal("We meet in the Neuadd, £2 a year.", source.Text);
        Assert.True(source.HasBody("# About\n\nWe meet in the **Neuadd**, £2 a year.\n"));
        Assert.False(source.HasBody("# About\n\nWe meet in the **Neuadd**, £3 a year.\n"));
    }
}
