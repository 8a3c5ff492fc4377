using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using CouncilSite.Tests.Support;
using CouncilSite.Yaml;

namespace CouncilSite.Tests.Yaml;

/// <summary>
/// A clerk's mistakes in settings are reported at the line to change, in plain words: the YAML
/// reader stops a line or more below some mistakes, and its own words are about its workings.
/// </summary>
public class YamlErrorsTests
{
    private static readonly string[] Jargon = ["While parsing", "While scanning", "block mapping", "expected key", "scalar", "YAML reader"];

    /// <summary>The one error about <paramref name="yaml"/> read as site.yml, with no reader's jargon in it.</summary>
    private static Diagnostic ErrorIn(string yaml, int firstLine = 1)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlDocument.Parse(yaml, "site.yml", firstLine, SiteSettings.Kind.Settings, diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.All(Jargon, words => Assert.DoesNotContain(words, error.Message + error.Hint, StringComparison.OrdinalIgnoreCase));
        return error;
    }

    [Fact]
    public void A_committee_indented_one_space_more_is_reported_on_its_own_line()
    {
        var error = ErrorIn("name: Little Bramford Parish Council\ncommittees:\n  - id: full-council\n    name: Full Council\n   - id: planning\n    name: Planning Committee\n");
        Assert.Equal((5, 1), (error.Line, error.Column));
        Assert.StartsWith("This line is indented by 3 spaces, further than the lines it belongs with", error.Message);
        Assert.StartsWith("Start the line with 2 spaces, lined up with line 3.", error.Hint);
    }

    [Fact]
    public void The_first_setting_of_a_group_indented_one_space_more_is_the_line_blamed_not_the_one_after_it()
    {
        // The reader stops at line 4, where 'email' no longer lines up with 'name'.
        var error = ErrorIn("name: Little Bramford Parish Council\nclerk:\n   name: Sarah Pennington\n  email: clerk@littlebramford-pc.gov.uk\n  phone: 01632 960412\n");
        Assert.Equal(3, error.Line);
        Assert.StartsWith("Start the line with 2 spaces, lined up with line 4.", error.Hint);
    }

    [Fact]
    public void A_setting_under_clerk_not_indented_is_reported_as_belonging_under_clerk()
    {
        var error = ErrorIn("name: Little Bramford Parish Council\nclerk:\nname: Sarah Pennington\n  email: clerk@littlebramford-pc.gov.uk\n");
        Assert.Equal(3, error.Line);
        Assert.StartsWith("This line belongs under 'clerk:' on line 2 but is not indented under it", error.Message);
        Assert.StartsWith("Start the line with 2 spaces, lined up with line 4, so that it sits under 'clerk:'.", error.Hint);
    }

    [Fact]
    public void A_value_with_a_colon_and_a_space_is_reported_with_the_line_quoted()
    {
        var error = ErrorIn("name: Little Bramford Parish Council\ntitle: Note: the meeting has moved\n");
        Assert.Equal(2, error.Line);
        Assert.StartsWith("The value on this line contains ': '", error.Message);
        Assert.Equal("Put the whole value in quotes: title: \"Note: the meeting has moved\"", error.Hint);
    }

    [Fact]
    public void A_tab_is_reported_where_it_is()
    {
        var error = ErrorIn("name: Little Bramford Parish Council\nclerk:\n\tname: Sarah Pennington\n");
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("tab", error.Message);
    }

    [Theory]
    [InlineData("name: \"Little Bramford Parish Council\nurl: https://www.littlebramford-pc.gov.uk\n", 1)]
    [InlineData("name: Little Bramford Parish Council\nclerk:\n  name: 'Sarah Pennington\n  email: clerk@littlebramford-pc.gov.uk\n", 3)]
    public void An_unclosed_quote_is_reported_on_the_line_that_opens_it(string yaml, int line)
    {
        var error = ErrorIn(yaml);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("A quotation mark opened on this line is never closed", error.Message);
    }

    [Fact]
    public void An_apostrophe_inside_single_quotes_is_explained()
    {
        var error = ErrorIn("name: Little Bramford Parish Council\ntitle: 'Clerk's report'\n");
        Assert.Equal(2, error.Line);
        Assert.EndsWith("title: \"Clerk's report\"", error.Hint);
    }

    [Fact]
    public void A_list_in_square_brackets_left_open_across_lines_is_an_error_not_a_crash()
    {
        var error = ErrorIn("name: Little Bramford Parish Council\nprivacy_reviewed: [01632 960900,\n  01632 960800\ntheme: default\n");
        Assert.Equal(2, error.Line);
        Assert.StartsWith("A list written in square brackets", error.Message);
    }

    [Fact]
    public void A_description_line_indented_under_the_one_above_is_blamed_not_the_first_line()
    {
        var error = ErrorIn("title: Complaints policy\n  adopted: 2025-01-16\n", firstLine: 2);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("Start the line with no spaces, lined up with line 1.", error.Hint);
    }

    /// <summary>Every line of the sample council's site.yml moved by one or two spaces either way, as a slip of the thumb would.</summary>
    [Fact]
    public void Every_line_of_the_sample_site_yml_moved_out_of_line_is_reported_on_that_line()
    {
        var lines = File.ReadAllLines(Path.Combine(ExampleSiteBuild.Repository, "example-site", "site.yml"));
        var reported = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var shift in new[] { 1, 2, -1, -2 })
            {
                if (shift < 0 && !lines[i].StartsWith(new string(' ', -shift), StringComparison.Ordinal))
                {
                    continue;
                }

                var moved = (string[])lines.Clone();
                moved[i] = shift > 0 ? new string(' ', shift) + lines[i] : lines[i][(-shift)..];
                var diagnostics = new DiagnosticBag();
                if (YamlDocument.Parse(string.Join('\n', moved), "site.yml", 1, SiteSettings.Kind.Settings, diagnostics) is not null)
                {
                    continue; // Still settings, of another shape: what the schema's checks are for.
                }

                var error = Assert.Single(diagnostics.ToSortedList());
                Assert.True(error.Line == i + 1, $"Line {i + 1} moved {shift:+0;-0}: reported on line {error.Line}: {error.Message}");
                reported++;
            }
        }

        Assert.True(reported > 80, $"only {reported} of the moves broke the file");
    }

    [Theory]
    [InlineData("status: draft\ntitle: Minutes\n\n# approved at the next meeting\nstatus: approved\n", 1, "'status' is set twice, on lines 1 and 5, so the settings in this file cannot be read.")]
    [InlineData("status: draft\ntitle: Minutes\nstatus: approved\n", 2, "'status' is set twice, on lines 2 and 4, so the settings in this file cannot be read.")]
    [InlineData("name: Little Bramford Parish Council\nclerk:\n  name: Sarah Pennington\n  name: S Pennington\n", 1, "'name' is set twice, on lines 3 and 4, so the settings in this file cannot be read.")]
    public void A_setting_given_twice_names_both_lines_and_says_to_keep_one(string yaml, int firstLine, string message)
    {
        var error = ErrorIn(yaml, firstLine);
        Assert.Equal(message, error.Message);
        Assert.StartsWith("Keep one of the two lines and remove the other.", error.Hint);
        Assert.DoesNotContain("quote", error.Hint, StringComparison.OrdinalIgnoreCase);
    }
}
