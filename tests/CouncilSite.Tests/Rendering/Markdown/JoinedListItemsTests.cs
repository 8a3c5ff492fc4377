using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Markdown;

/// <summary>
/// A list item indented too far is joined to the line above as text ("Two 3. Three"); the clerk is
/// told where, and text that only looks like a list item is left alone.
/// </summary>
public class JoinedListItemsTests
{
    /// <summary>The lines (file lines, the body starting on line 4 as after three lines of front matter) found joined.</summary>
    private static IEnumerable<(int Line, int Column)> Joined(string body) =>
        new MarkdownEngine().Parse("pages/about.md", body, 4).Source.JoinedListItems.Select(j => (j.Line, j.Column));

    [Theory]
    [InlineData("1. One\n2. Two\n     3. Three\n", 6, 6)]
    [InlineData("1. One\n2. Two\n   3. Three\n", 6, 4)]
    [InlineData("- a\n      - b\n", 5, 7)]
    [InlineData("1. Apologies\n        1. Cllr Smith\n", 5, 9)]
    [InlineData("> - a\n>       - b\n", 5, 9)]
    [InlineData("- a\n  - b\n          - c\n", 6, 11)]
    public void A_list_item_indented_too_far_is_found_on_its_line(string body, int line, int column) =>
        Assert.Equal([(line, column)], Joined(body));

    [Theory]
    [InlineData("1. One\n2. Two\n3. Three\n")]
    [InlineData("- a\n  - b\n    - c\n")]
    [InlineData("- a\n   - b\n")]
    [InlineData("1. The plan was adopted in\n   2026. It is reviewed every year.\n")]
    [InlineData("1. The precept rises by\n   5. per cent, as agreed in item 4.\n")]
    [InlineData("The plan was adopted in\n2026. It is reviewed every year.\n")]
    [InlineData("- a\n\n      - b in a code block\n")]
    [InlineData("```\n- a\n      - b\n```\n")]
    [InlineData("- The cost was £40\n  -not a list\n")]
    public void Lists_laid_out_as_meant_and_text_that_only_looks_like_an_item_are_not_found(string body) =>
        Assert.Empty(Joined(body));

    [Fact]
    public void A_joined_item_is_a_warning_naming_the_file_line_and_the_item_above()
    {
        using var site = new TempSite(("pages/about.md", "---\ntitle: About\n---\n1. One\n2. Two\n     3. Three\n"));
        var result = site.Build();
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.ListItemJoined, "pages/about.md", 6, 6), (warning.Severity, warning.Code, warning.File, warning.Line, warning.Column));
        Assert.Equal("This line looks like a list item but is indented so far that it is joined to the line above as part of its text.", warning.Message);
        Assert.Equal("Line it up with the item on line 5, so that it is the next item.", warning.Hint);
    }
}
