using System.Text;
using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using CouncilSite.Tests.Support;
using CouncilSite.Yaml;

namespace CouncilSite.Tests.BadInput;

/// <summary>
/// A file made to exhaust the computer (an alias bomb, a list nested 50,000 deep, a 50 MB page)
/// gets an error naming the file and line, quickly and without the memory it asks for. Each test
/// has a timeout, so a regression fails in seconds instead of holding up the test run.
/// </summary>
public class BoundedInputTests
{
    private const int Seconds = 1000;
    private const string Meeting = "meetings/2026-10-15-full-council";

    /// <summary>
    /// "Billion laughs": each level lists the one before ten times. Six levels (a million values) is
    /// past the limit as surely as nine and, should the limit ever go, costs a second, not 10 GB.
    /// </summary>
    private static string AliasBomb(int levels)
    {
        var yaml = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < levels; level++)
        {
            var previous = $"*l{level - 1}";
            yaml.Append($"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        return yaml.ToString();
    }

    private static string Nested(int depth) => "time: \"19:30\"\nextra: " + new string('[', depth) + new string(']', depth) + "\n";

    private static TempSite MeetingWith(string meetingYml) =>
        new((Meeting + "/meeting.yml", meetingYml), (Meeting + "/agenda.md", "---\npublished: 2026-10-08\n---\n1. Apologies\n"));

    [Fact(Timeout = 20 * Seconds)]
    public async Task An_alias_bomb_in_a_meeting_yml_is_an_error_on_the_line_that_passes_the_limit()
    {
        using var site = MeetingWith(AliasBomb(6));
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.SettingsOverLimit, Meeting + "/meeting.yml", 4), (error.Code, error.File, error.Line));
        Assert.Contains("'*'", error.Message);
    }

    [Fact(Timeout = 5 * Seconds)]
    public async Task The_600_byte_billion_laughs_is_refused_in_a_moment()
    {
        var yaml = AliasBomb(9);
        Assert.True(yaml.Length < 700);
        var diagnostics = new DiagnosticBag();
        var fields = await Task.Run(() => YamlDocument.Parse(yaml, "site.yml", 1, SiteSettings.Kind.Settings, diagnostics));
        Assert.Null(fields);
        Assert.Equal(DiagnosticCodes.SettingsOverLimit, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    /// <summary>
    /// A few values, each a long text: 300,000 characters repeated ten times would be 3 MB of
    /// responsibilities (the reviewer's 9,000 times took 3.6 GB and crashed the build). The fourth
    /// repeat is the first past 1 MB, so the error names its line.
    /// </summary>
    [Fact(Timeout = 20 * Seconds)]
    public async Task Aliases_repeating_a_long_text_are_an_error_on_the_line_that_passes_1_MB()
    {
        var yaml = "name: Jane Smith\nresponsibilities:\n  - &a \"" + new string('A', 300_000) + "\"\n" + string.Concat(Enumerable.Repeat("  - *a\n", 10));
        using var site = new TempSite(("councillors/jane-smith.md", "---\n" + yaml + "---\nJane lives in the village.\n"));
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.SettingsOverLimit, "councillors/jane-smith.md", 8), (error.Code, error.File, error.Line));
        Assert.Contains("more than 1 MB of text", error.Message);
    }

    [Fact(Timeout = 20 * Seconds)]
    public async Task A_list_nested_50000_deep_in_a_meeting_yml_is_an_error_not_a_crash()
    {
        using var site = MeetingWith(Nested(50_000));
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.SettingsOverLimit, Meeting + "/meeting.yml", 2), (error.Code, error.File, error.Line));
        Assert.Contains("nested", error.Message);
    }

    [Fact(Timeout = 20 * Seconds)]
    public async Task Deep_nesting_in_front_matter_is_reported_on_the_file_line()
    {
        using var site = new TempSite(("pages/about.md", "---\ntitle: About\nx: " + new string('{', 5_000) + "\n---\nText.\n"));
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.SettingsOverLimit, "pages/about.md", 3), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void Settings_as_deep_and_as_repeated_as_a_council_writes_them_are_read()
    {
        var diagnostics = new DiagnosticBag();
        var yaml = "defaults: &hall {location: Village Hall, time: \"19:30\"}\nfirst: *hall\nsecond: *hall\n" + "deep: " + new string('[', 30) + new string(']', 30) + "\n";
        var settings = new SettingGroup("a test file", new[] { "defaults", "first", "second", "deep" }.Select(n => new Setting(n, SettingType.Text, "")).ToList());
        Assert.NotNull(YamlDocument.Parse(yaml, "site.yml", 1, settings, diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact(Timeout = 20 * Seconds)]
    public async Task A_settings_file_over_1_MB_is_refused_saying_how_large_it_is()
    {
        using var site = MeetingWith("time: \"19:30\"\nnotes: \"" + new string('x', 2 * 1024 * 1024) + "\"\n");
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.SettingsOverLimit, Meeting + "/meeting.yml"), (error.Code, error.File));
        Assert.Contains("2.0 MB, more than the 1 MB", error.Message);
    }

    [Fact(Timeout = 20 * Seconds)]
    public async Task A_markdown_file_over_4_MB_is_refused_saying_how_large_it_is()
    {
        var paragraph = "The council discussed the village hall roof at length. " + new string('x', 60) + "\n\n";
        using var site = new TempSite(("pages/minutes-archive.md", "---\ntitle: Archive\n---\n" + string.Concat(Enumerable.Repeat(paragraph, 5 * 1024 * 1024 / paragraph.Length))));
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.MarkdownOverLimit, "pages/minutes-archive.md"), (error.Code, error.File));
        Assert.Contains("5.0 MB, more than the 4 MB", error.Message);
    }

    [Theory(Timeout = 20 * Seconds)]
    [InlineData(">", " x", "")]
    [InlineData("- ", "x", "")]
    [InlineData("[", "x", "]")]
    [InlineData("*", "x", "*")]
    [InlineData("<div>", "x", "</div>")]
    public async Task Markdown_nested_100000_deep_is_an_error_on_its_line_not_a_crash(string open, string middle, string close)
    {
        var deep = string.Concat(Enumerable.Repeat(open, 100_000)) + middle + string.Concat(Enumerable.Repeat(close, 100_000));
        using var site = new TempSite(("pages/about.md", $"---\ntitle: About\n---\nThe council.\n\nIts members.\n\n{deep}\n\nThe end.\n"));
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.MarkdownOverLimit, "pages/about.md", 8), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void Quotes_and_lists_as_deep_as_a_clerk_writes_them_are_published()
    {
        using var site = new TempSite(("pages/about.md", "---\ntitle: About\n---\n> > > Quoted thrice.\n\n- a\n  - b\n    - c\n      - d\n\n<details><summary>More</summary><p>Line<br>two <abbr title=\"x\">X</abbr></p></details>\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
