using CouncilSite.Diagnostics;
using Xunit;

namespace CouncilSite.Tests;

public class NearestNameTests
{
    private static readonly string[] MinutesKeys = ["status", "approved"];
    private static readonly string[] PolicyKeys = ["title", "adopted", "review", "version", "committee", "summary"];

    [Theory]
    [InlineData("Approved", "approved")]
    [InlineData("aproved", "approved")]
    [InlineData("approvd", "approved")]
    [InlineData("APPROVED", "approved")]
    [InlineData("stauts", "status")]
    public void A_slip_in_a_minutes_setting_is_matched(string typed, string expected) =>
        Assert.Equal(expected, NearestName.For(typed, MinutesKeys));

    [Theory]
    [InlineData("adopted_on", "adopted")]
    [InlineData("date_adopted", "adopted")]
    [InlineData("review-date", "review")]
    [InlineData("Titel", "title")]
    public void A_word_added_or_letters_slipped_in_a_policy_setting_is_matched(string typed, string expected) =>
        Assert.Equal(expected, NearestName.For(typed, PolicyKeys));

    [Theory]
    [InlineData("contact_form")]
    [InlineData("banner")]
    [InlineData("x")]
    [InlineData("")]
    public void A_name_far_from_every_known_one_has_no_suggestion(string typed) =>
        Assert.Null(NearestName.For(typed, PolicyKeys));

    [Fact]
    public void The_name_itself_is_not_suggested() =>
        Assert.Null(NearestName.For("title", ["title"]));

    [Fact]
    public void Short_names_need_an_exact_match_apart_from_case() =>
        Assert.Equal("id", NearestName.For("ID", ["id", "at"]));

    [Fact]
    public void Ties_go_to_the_first_in_ordinal_order_so_messages_do_not_change_between_runs() =>
        Assert.Equal("bat", NearestName.For("cat", ["rat", "bat"]));

    [Fact]
    public void Commands_are_matched_too() =>
        Assert.Equal("build", NearestName.For("biuld", ["build", "check", "serve", "new", "schema"]));

    [Fact]
    public void A_long_word_added_to_a_name_still_finds_it() =>
        Assert.Equal("adopted", NearestName.For("adopted_by_full_council", PolicyKeys));

    [Fact]
    public void Names_a_few_letters_longer_or_shorter_are_still_near() =>
        Assert.Equal("committee", NearestName.For("comittees2", PolicyKeys));

    [Fact]
    public void Among_thousands_of_meeting_folders_the_one_with_a_slip_in_its_date_is_found()
    {
        var folders = Enumerable.Range(0, 5000)
            .Select(day => $"{new DateOnly(2005, 1, 1).AddDays(day):yyyy-MM-dd}-{(day % 2 == 0 ? "full-council" : "planning-committee")}")
            .ToList();
        var index = new NearestName(folders);

        Assert.Equal("2012-03-17-full-council", index.For("2012-3-17-full-council"));
        Assert.Equal("2012-03-17-full-council", index.For("2012-03-17-full-concil"));
        Assert.Null(index.For("2012"));
    }
}
