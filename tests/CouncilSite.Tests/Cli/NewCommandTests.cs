using CouncilSite.Tests.Support;
using static CouncilSite.Cli.CommandLine;

namespace CouncilSite.Tests.Cli;

public class NewCommandTests
{
    private const string Today = "2026-11-27";

    private static string[] Flags(string folder, params string[] more) =>
    [
        "new", folder, "--name", "Little Bramford Parish Council", "--nation", "England",
        "--clerk-name", "Sarah Pennington", "--clerk-email", "clerk@littlebramford-pc.gov.uk", "--today", Today, .. more,
    ];

    private static TempSite Empty()
    {
        var site = new TempSite();
        site.Delete("site.yml");
        return site;
    }

    [Fact]
    public void With_every_answer_given_it_writes_the_site_and_says_what_it_wrote()
    {
        using var site = Empty();
        var outcome = CommandRunner.Run(Flags(site.Root, "--committee", "Planning Committee", "--committee", "Finance and General Purposes Committee", "--workflow", "GitHub"));
        Assert.Equal(Success, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        Assert.Contains("  site.yml\n", outcome.Stdout.ReplaceLineEndings("\n"));
        Assert.Contains(".github/workflows/publish.yml", outcome.Stdout);
        var settings = File.ReadAllText(site.PathOf("site.yml"));
        Assert.Contains("authority: parish", settings);
        Assert.Contains("  - id: finance-and-general-purposes", settings);
        Assert.Equal(Success, CommandRunner.Build(site).ExitCode);
        Assert.Equal(ContentErrors, CommandRunner.Run("check", site.Root, "--strict", "--today", Today).ExitCode);
    }

    [Fact]
    public void Without_a_terminal_each_missing_answer_is_a_usage_error_naming_its_option()
    {
        using var site = Empty();
        var outcome = CommandRunner.Run("new", site.Root, "--name", "Little Bramford Meeting", "--clerk-email", "clerk");
        Assert.Equal(UsageError, outcome.ExitCode);
        foreach (var option in new[] { "--nation is missing", "--kind is missing", "--clerk-name is missing", "--clerk-email: 'clerk' is not an email address" })
        {
            Assert.Contains(option, outcome.Stderr);
        }

        Assert.Empty(Directory.GetFileSystemEntries(site.Root));
    }

    [Fact]
    public void At_a_terminal_it_asks_for_what_is_missing_and_again_when_an_answer_cannot_be_used()
    {
        using var site = Empty();
        var answers = string.Join('\n', "Wendham Town Council", "wales", "", "Planning Committee", "", "Gwen Evans", "gwen", "clerk@wendham.example.org", "", "", "") + "\n";
        var outcome = CommandRunner.Typed(answers, "new", site.Root, "--today", Today);
        Assert.True(outcome.ExitCode == Success, outcome.Stderr);
        Assert.StartsWith("A few questions about the council.", outcome.Stdout);
        Assert.Contains("Parish, town, community or city council [town]: ", outcome.Stdout);
        Assert.Contains("'gwen' is not an email address", outcome.Stdout);
        var settings = File.ReadAllText(site.PathOf("site.yml"));
        Assert.Contains("name: Wendham Town Council", settings);
        Assert.Contains("authority: town", settings);
        Assert.Contains("transparency: none", settings);
        Assert.Contains("  - id: planning", settings);
        Assert.Contains("  email: clerk@wendham.example.org", settings);
        Assert.DoesNotContain("phone:", settings);
    }

    [Fact]
    public void Committees_that_cannot_be_used_at_a_terminal_are_asked_again_keeping_every_other_answer()
    {
        using var site = Empty();
        var answers = string.Join('\n', "Wendham Town Council", "england", "", "Planning Committee", "planning", "", "Planning Committee", "Finance", "",
            "Gwen Evans", "clerk@wendham.example.org", "", "", "") + "\n";
        var outcome = CommandRunner.Typed(answers, "new", site.Root, "--today", Today);
        Assert.True(outcome.ExitCode == Success, outcome.Stderr);
        Assert.Contains("would both have the id 'planning'", outcome.Stdout);
        Assert.Contains("Give them all again", outcome.Stdout);
        var settings = File.ReadAllText(site.PathOf("site.yml"));
        Assert.Contains("  - id: planning", settings);
        Assert.Contains("  - id: finance", settings);
        Assert.Contains("  name: Gwen Evans", settings);
    }

    [Fact]
    public void A_kind_of_council_the_nation_does_not_have_is_asked_again()
    {
        using var site = Empty();
        var answers = string.Join('\n', "Kirkton Parish Council", "Scotland", "", "community", "", "Ann Bell", "clerk@kirkton.example.org", "", "", "") + "\n";
        var outcome = CommandRunner.Typed(answers, "new", site.Root, "--today", Today);
        Assert.True(outcome.ExitCode == Success, outcome.Stderr);
        Assert.Contains("In Scotland the councils closest to residents are community councils", outcome.Stdout);
        Assert.Contains("authority: community", File.ReadAllText(site.PathOf("site.yml")));
    }

    [Fact]
    public void A_scottish_council_needs_no_kind()
    {
        using var site = Empty();
        var outcome = CommandRunner.Run("new", site.Root, "--name", "Kirkton", "--nation", "scotland", "--clerk-name", "Ann Bell", "--clerk-email", "clerk@kirkton.example.org");
        Assert.True(outcome.ExitCode == Success, outcome.Stderr);
        Assert.Contains("transparency: none", File.ReadAllText(site.PathOf("site.yml")));
    }

    [Fact]
    public void A_parish_council_in_wales_is_a_usage_error_naming_kind()
    {
        using var site = Empty();
        var outcome = CommandRunner.Run("new", site.Root, "--name", "Llan Parish Council", "--nation", "wales", "--clerk-name", "Gwen Evans", "--clerk-email", "clerk@llan.example.org");
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("--kind: In Wales parish councils became community councils", outcome.Stderr);
    }

    [Fact]
    public void Answers_ending_early_at_a_terminal_write_nothing()
    {
        using var site = Empty();
        var outcome = CommandRunner.Typed("Wendham Town Council\n", "new", site.Root);
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("--nation was not answered", outcome.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(site.Root));
    }

    [Theory]
    [InlineData("Two\u2028Words Parish Council")]
    [InlineData("Two\u0085Words Parish Council")]
    [InlineData("Two\vWords Parish Council")]
    [InlineData("Two\u001bWords Parish Council")]
    public void A_name_with_a_line_break_or_control_character_is_refused_and_nothing_written(string name)
    {
        using var site = Empty();
        var outcome = CommandRunner.Run("new", site.Root, "--name", name, "--nation", "england", "--clerk-name", "x", "--clerk-email", "c@x.org");
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("--name", outcome.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(site.Root));

        using var existing = new TempSite();
        foreach (var (kind, option) in new[] { ("policy", "--title"), ("news", "--title"), ("councillor", "--name") })
        {
            Assert.Equal(UsageError, CommandRunner.Run("new", kind, existing.Root, option, name, "--today", Today).ExitCode);
        }

        Assert.Equal(UsageError, CommandRunner.Run("new", "meeting", existing.Root, "--committee", "planning", "--date", "2027-01-11", "--location", name).ExitCode);
    }

    [Fact]
    public void A_folder_inside_a_file_is_refused_before_any_question()
    {
        using var site = new TempSite(("afile", "not a folder"));
        var outcome = CommandRunner.Typed("", "new", Path.Combine(site.PathOf("afile"), "sub"));
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("afile is a file", outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
    }

    [Theory]
    [InlineData("@at Parish Council")]
    [InlineData("@site.yml")]
    public void A_value_starting_with_at_is_the_value_not_a_file_of_arguments(string name)
    {
        using var site = Empty();
        var outcome = CommandRunner.Run("new", site.Root, "--name", name, "--kind", "parish", "--nation", "england", "--clerk-name", "x", "--clerk-email", "c@x.org");
        Assert.True(outcome.ExitCode == Success, outcome.Stderr);
        Assert.Contains($"name: \"{name}\"", File.ReadAllText(site.PathOf("site.yml")));
    }

    [Fact]
    public void A_folder_with_files_in_it_is_refused_before_any_question()
    {
        using var site = new TempSite();
        var outcome = CommandRunner.Typed("", "new", site.Root);
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("already holds files", outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void New_meeting_prints_the_files_the_address_and_the_last_day_to_publish_the_agenda()
    {
        using var site = new TempSite();
        var outcome = CommandRunner.Run("new", "meeting", site.Root, "--committee", "planning", "--date", "2027-01-11", "--time", "19:30", "--today", Today);
        Assert.Equal(Success, outcome.ExitCode);
        Assert.Contains("meetings/2027-01-11-planning/agenda.md", outcome.Stdout);
        Assert.Contains("https://www.littlebramford-pc.gov.uk/meetings/2027-01-11-planning/", outcome.Stdout);
        Assert.Contains("Publish the agenda by Wednesday 6 January 2027", outcome.Stdout);
    }

    [Theory]
    [InlineData("--date", "11/01/2027")]
    [InlineData("--committee", null)]
    public void New_meeting_without_a_committee_or_a_real_date_exits_2_naming_the_option(string option, string? value)
    {
        using var site = new TempSite();
        string[] args = value is null
            ? ["new", "meeting", site.Root, "--date", "2027-01-11"]
            : ["new", "meeting", site.Root, "--committee", "planning", option, value];
        var outcome = CommandRunner.Run(args);
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains(option, outcome.Stderr);
    }

    [Fact]
    public void New_meeting_for_an_unknown_committee_exits_2_with_the_nearest()
    {
        using var site = new TempSite();
        var outcome = CommandRunner.Run("new", "meeting", site.Root, "--committee", "Planing", "--date", "2027-01-11");
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("Did you mean 'planning'?", outcome.Stderr);
    }

    [Fact]
    public void New_in_a_folder_whose_site_yml_cannot_be_read_exits_1()
    {
        using var site = new TempSite(("site.yml", "name: [unclosed"));
        var outcome = CommandRunner.Run("new", "policy", site.Root, "--title", "Standing Orders");
        Assert.Equal(ContentErrors, outcome.ExitCode);
        Assert.Contains("site.yml", outcome.Stderr);
        Assert.False(Directory.Exists(site.PathOf("policies")));
    }

    [Theory]
    [InlineData("policy", "--title", "Standing Orders", "policies/standing-orders.md", "/policies/standing-orders/")]
    [InlineData("news", "--title", "Road closure", "news/2026-11-27-road-closure.md", "/news/2026-11-27-road-closure/")]
    [InlineData("councillor", "--name", "Jane Smith", "councillors/jane-smith.md", "/councillors/jane-smith/")]
    public void New_page_kinds_print_the_file_and_its_address(string kind, string option, string value, string file, string address)
    {
        using var site = new TempSite();
        var outcome = CommandRunner.Run("new", kind, site.Root, option, value, "--today", Today);
        Assert.Equal(Success, outcome.ExitCode);
        Assert.Contains($"  {file}", outcome.Stdout);
        Assert.Contains($"https://www.littlebramford-pc.gov.uk{address}", outcome.Stdout);
        Assert.True(File.Exists(site.PathOf(file)));
        Assert.Equal(UsageError, CommandRunner.Run("new", kind, site.Root, option, value, "--today", Today).ExitCode);
    }

    [Fact]
    public void New_workflow_adds_the_hosts_file_to_a_site_and_keeps_the_councils_own_gitignore()
    {
        using var site = new TempSite((".gitignore", "drafts/\n"));
        var outcome = CommandRunner.Run("new", "workflow", site.Root, "--host", "gitlab");
        Assert.Equal(Success, outcome.ExitCode);
        Assert.Contains("  .gitlab-ci.yml", outcome.Stdout);
        Assert.DoesNotContain(".gitignore", outcome.Stdout);
        Assert.Equal("drafts/\n", File.ReadAllText(site.PathOf(".gitignore")));
        Assert.Equal(UsageError, CommandRunner.Run("new", "workflow", site.Root, "--host", "gitlab").ExitCode);

        var unknown = CommandRunner.Run("new", "workflow", site.Root, "--host", "githib");
        Assert.Equal(UsageError, unknown.ExitCode);
        Assert.Contains("Did you mean 'github'?", unknown.Stderr);
    }

    [Theory]
    [InlineData("biuld", "councilsite: 'biuld' is not a command. Did you mean 'councilsite build'?")]
    [InlineData("Check", "Did you mean 'councilsite check'?")]
    [InlineData("nwe", "Did you mean 'councilsite new'?")]
    [InlineData("publish", "the commands are build, check, serve, new, schema.")]
    public void An_unknown_command_gets_the_nearest(string typed, string expected)
    {
        var outcome = CommandRunner.Run(typed, ".");
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains(expected, outcome.Stderr);
        Assert.DoesNotContain("Unrecognized", outcome.Stderr);
    }

    [Theory]
    [InlineData("meetng", "meeting")]
    [InlineData("councilor", "councillor")]
    [InlineData("polcy", "policy")]
    public void An_unknown_kind_of_new_gets_the_nearest(string typed, string kind)
    {
        using var site = new TempSite();
        var outcome = CommandRunner.Run("new", typed, site.Root, "--title", "x");
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains($"Did you mean 'councilsite new {kind}'?", outcome.Stderr);
    }
}
