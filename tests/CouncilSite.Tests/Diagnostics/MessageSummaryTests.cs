using CouncilSite.Diagnostics;

namespace CouncilSite.Tests;

public class MessageSummaryTests
{
    private static Diagnostic BrokenLink(int n) =>
        new(Severity.Error, $"pages/p{n:D5}.md", 3, 1, DiagnosticCodes.BrokenLink, $"The link '/old/{n}/' leads to nothing on this site.", "Link to a file in the site folder.");

    private static Diagnostic NoAgenda(int n) =>
        new(Severity.Warning, $"meetings/m{n:D5}/meeting.yml", 0, 0, DiagnosticCodes.AgendaMissing, $"The meeting on day {n} has been held, but its agenda is not on the site.");

    private static Diagnostic UnusedDate(int n) =>
        new(Severity.Warning, $"news/n{n:D5}.md", 3, 1, DiagnosticCodes.SettingUnused, "'date' is not a setting of a news item, so CouncilSite does not use it.");

    [Fact]
    public void Up_to_the_limit_every_message_is_printed_in_its_order_and_nothing_more()
    {
        List<Diagnostic> messages = [.. Enumerable.Range(0, 100).Select(NoAgenda), .. Enumerable.Range(0, 100).Select(BrokenLink)];

        var summary = MessageSummary.Of(messages, limit: 200);

        Assert.Equal(messages, summary.Shown);
        Assert.Empty(summary.LeftOut);
        Assert.Equal(messages.Select(m => m.ToString()), summary.Lines(writtenTo: null, suggested: "messages.txt"));
    }

    [Fact]
    public void Past_the_limit_errors_are_printed_before_warnings_each_in_their_order()
    {
        // The warnings come first in the sorted list ("meetings/" before "pages/").
        List<Diagnostic> messages = [.. Enumerable.Range(0, 150).Select(NoAgenda), .. Enumerable.Range(0, 100).Select(BrokenLink)];

        var summary = MessageSummary.Of(messages, limit: 200);

        Assert.Equal(Enumerable.Range(0, 100).Select(BrokenLink).Concat(Enumerable.Range(0, 100).Select(NoAgenda)), summary.Shown);
        var left = Assert.Single(summary.LeftOut);
        Assert.Equal((Severity.Warning, DiagnosticCodes.AgendaMissing, 50), (left.Severity, left.Code, left.Count));
    }

    [Fact]
    public void When_the_errors_alone_pass_the_limit_no_warning_is_printed_and_errors_are_summarised_first()
    {
        List<Diagnostic> messages = [.. Enumerable.Range(0, 5).Select(UnusedDate), .. Enumerable.Range(0, 3000).Select(NoAgenda), .. Enumerable.Range(0, 20_000).Select(BrokenLink)];

        var summary = MessageSummary.Of(messages, limit: 200);

        Assert.Equal(Enumerable.Range(0, 200).Select(BrokenLink), summary.Shown);
        Assert.Equal(23_005, summary.Total);
        Assert.Equal(
            [
                "... and 19,800 more CS140 errors like this: The link '…' leads to nothing on this site.",
                "... and 3,000 more CS126 warnings like this: The meeting on day 0 has been held, but its agenda is not on the site.",
                "... and 5 more CS117 warnings like this: 'date' is not a setting of a news item, so CouncilSite does not use it.",
                "See every message in out/messages.txt (--messages-file).",
            ],
            summary.Lines(writtenTo: "out/messages.txt", suggested: null).Skip(200));
    }

    [Fact]
    public void One_message_left_out_is_counted_as_one_and_the_last_line_says_how_to_see_it()
    {
        var summary = MessageSummary.Of([.. Enumerable.Range(0, 3).Select(BrokenLink)], limit: 2);

        Assert.Equal(
            [
                "... and 1 more CS140 error like this: The link '/old/2/' leads to nothing on this site.",
                "Add --messages-file ../messages.txt to see them all.",
            ],
            summary.Lines(writtenTo: null, suggested: "../messages.txt").Skip(2));
    }

    [Fact]
    public void An_apostrophe_in_a_word_is_not_taken_for_a_quoted_name()
    {
        var messages = new[] { "The council's page 'a' is missing.", "The council's page 'b' is missing.", "The council's page 'c' is missing." }
            .Select(text => new Diagnostic(Severity.Error, "site.yml", 1, 1, DiagnosticCodes.BrokenLink, text))
            .ToList();

        var left = Assert.Single(MessageSummary.Of(messages, limit: 1).LeftOut);

        Assert.Equal("The council's page '…' is missing.", left.LikeThis);
    }
}
