using CouncilSite.Rendering.Language;

namespace CouncilSite.Tests.Rendering.Language;

public class StringTextTests
{
    [Theory]
    [InlineData("Meetings in {year}", "Meetings in 2026")]
    [InlineData("{year}", "2026")]
    [InlineData("A {brace left open", "A {brace left open")]
    [InlineData("{ year } and {} are words", "{ year } and {} are words")]
    public void Placeholders_are_names_in_braces_and_other_braces_are_words(string text, string expected)
    {
        var filled = new StringText(text).Fill(name => name == "year" ? "2026" : null, out var missing);
        Assert.Equal(expected, filled);
        Assert.Null(missing);
    }

    [Fact]
    public void A_value_may_be_placed_anywhere_and_more_than_once()
    {
        var text = new StringText("{b} cyn {a}, {b}");
        Assert.Equal(["b", "a", "b"], text.Names);
        Assert.Equal("2 cyn 1, 2", text.Fill(name => name == "a" ? "1" : "2", out _));
    }

    [Fact]
    public void A_value_not_given_is_named()
    {
        new StringText("Meetings in {year}").Fill(_ => null, out var missing);
        Assert.Equal("year", missing);
    }
}
