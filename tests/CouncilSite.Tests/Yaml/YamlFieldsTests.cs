using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using CouncilSite.Yaml;

namespace CouncilSite.Tests.Yaml;

public class YamlFieldsTests
{
    /// <summary>The settings these tests read, one of each type.</summary>
    private static readonly SettingGroup Settings = new("a test file",
    [
        new Setting("title", SettingType.Text, ""),
        new Setting("name", SettingType.Text, ""),
        new Setting("url", SettingType.Text, ""),
        new Setting("summary", SettingType.Text, ""),
        new Setting("adopted", SettingType.Date, ""),
        new Setting("time", SettingType.Time, ""),
        new Setting("nav", SettingType.TrueFalse, ""),
        new Setting("order", SettingType.WholeNumber, ""),
        new Setting("status", SettingType.OneOf, "") { Allowed = ["scheduled", "held"] },
        new Setting("a", SettingType.TextList, ""),
        new Setting("b", SettingType.TextList, ""),
        new Setting("responsibilities", SettingType.TextList, ""),
    ]);

    private readonly DiagnosticBag _diagnostics = new();

    /// <summary>Parses as front matter does: the YAML starts on line 2 of the file.</summary>
    private YamlFields Parse(string yaml) => YamlDocument.Parse(yaml, "policies/x.md", 2, Settings, _diagnostics)!;

    private Diagnostic Only => Assert.Single(_diagnostics.ToSortedList());

    [Fact]
    public void Reads_an_iso_date()
    {
        Assert.Equal(new DateOnly(2026, 1, 15), Parse("adopted: 2026-01-15").Date("adopted"));
        Assert.False(_diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2025-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-04-31")]
    public void An_impossible_date_is_an_error_on_its_line_saying_it_is_not_a_real_date(string date)
    {
        var fields = Parse($"title: Standing Orders\nadopted: {date}");
        Assert.Null(fields.Date("adopted"));
        Assert.Equal(DiagnosticCodes.InvalidDate, Only.Code);
        Assert.Equal(3, Only.Line);
        Assert.Contains("not a real date", Only.Message);
    }

    [Fact]
    public void A_leap_day_in_a_leap_year_is_a_real_date() =>
        Assert.Equal(new DateOnly(2028, 2, 29), Parse("adopted: 2028-02-29").Date("adopted"));

    [Theory]
    [InlineData("15/01/2026")]
    [InlineData("15 January 2026")]
    [InlineData("2026-1-15")]
    public void A_date_in_another_format_is_an_error_showing_the_expected_format(string date)
    {
        Assert.Null(Parse($"adopted: {date}").Date("adopted"));
        Assert.Equal(DiagnosticCodes.InvalidDate, Only.Code);
        Assert.Contains("YYYY-MM-DD", Only.Message);
    }

    [Theory]
    [InlineData("19:30", 19, 30)]
    [InlineData("7:05", 7, 5)]
    [InlineData("\"09:00\"", 9, 0)]
    public void Reads_a_24_hour_time(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), Parse($"time: {text}").Time("time"));

    [Theory]
    [InlineData("7.30pm")]
    [InlineData("25:00")]
    [InlineData("19:75")]
    [InlineData("evening")]
    public void A_time_not_written_hh_mm_is_an_error(string text)
    {
        Assert.Null(Parse($"time: {text}").Time("time"));
        Assert.Equal(DiagnosticCodes.InvalidTime, Only.Code);
        Assert.Equal(2, Only.Line);
    }

    [Fact]
    public void Reads_a_block_list_and_a_flow_list()
    {
        var fields = Parse("a:\n  - Finance\n  - Allotments\nb: [Planning, Footpaths]");
        Assert.Equal(["Finance", "Allotments"], fields.StringList("a"));
        Assert.Equal(["Planning", "Footpaths"], fields.StringList("b"));
    }

    [Fact]
    public void A_single_value_is_a_list_of_one_as_clerks_often_write_it() =>
        Assert.Equal(["Finance"], Parse("responsibilities: Finance").StringList("responsibilities"));

    [Fact]
    public void A_missing_list_is_empty() => Assert.Empty(Parse("title: x").StringList("responsibilities"));

    [Fact]
    public void A_list_item_that_is_not_text_is_an_error_on_the_item_line()
    {
        var items = Parse("responsibilities:\n  - Finance\n  - name: Allotments").StringList("responsibilities");
        Assert.Equal(["Finance"], items);
        Assert.Equal(DiagnosticCodes.WrongType, Only.Code);
        Assert.Equal(4, Only.Line);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("yes", true)]
    [InlineData("On", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    public void Reads_booleans_as_clerks_write_them(string text, bool expected) =>
        Assert.Equal(expected, Parse($"nav: {text}").Bool("nav"));

    [Fact]
    public void A_boolean_that_is_neither_is_an_error()
    {
        Assert.Null(Parse("nav: maybe").Bool("nav"));
        Assert.Equal(DiagnosticCodes.InvalidValue, Only.Code);
    }

    [Fact]
    public void A_whole_number_is_read_and_a_word_is_an_error()
    {
        Assert.Equal(3, Parse("order: 3").Int("order"));
        Assert.Null(Parse("order: third").Int("order"));
        Assert.Equal(DiagnosticCodes.InvalidValue, Only.Code);
    }

    [Fact]
    public void One_of_a_fixed_set_is_matched_without_regard_to_case_and_returned_as_listed()
    {
        Assert.Equal("held", Parse("status: Held").OneOf("status"));
        Assert.Null(Parse("status: adjourned").OneOf("status"));
        Assert.Equal(DiagnosticCodes.InvalidValue, Only.Code);
        Assert.Contains("scheduled, held", Only.Hint);
    }

    [Fact]
    public void A_list_where_one_value_is_expected_is_a_wrong_type_error()
    {
        Assert.Null(Parse("title:\n  - a\n  - b").String("title"));
        Assert.Equal(DiagnosticCodes.WrongType, Only.Code);
    }

    [Fact]
    public void An_empty_value_reads_as_absent() => Assert.Null(Parse("title:").String("title"));

    [Fact]
    public void A_required_setting_that_is_absent_is_an_error()
    {
        Assert.Equal("", Parse("url: x").RequiredString("name", "hint"));
        Assert.Equal(DiagnosticCodes.RequiredMissing, Only.Code);
    }

    [Fact]
    public void A_required_setting_that_is_written_but_left_empty_is_an_error()
    {
        Assert.Equal("", Parse("name:\nurl: x").RequiredString("name", "hint"));
        Assert.Equal(DiagnosticCodes.RequiredMissing, Only.Code);
        Assert.Equal(2, Only.Line);
    }

    [Fact]
    public void Settings_no_loader_asked_for_are_kept_for_templates()
    {
        var fields = Parse("title: x\ncontact_form: https://forms.example.org\ntags: [a, b]");
        fields.String("title");
        var extra = fields.Extra();
        Assert.Equal(["contact_form", "tags"], extra.Keys);
        Assert.Equal("https://forms.example.org", extra["contact_form"]);
        Assert.Equal(new List<object?> { "a", "b" }, extra["tags"]);
    }

    [Fact]
    public void Broken_yaml_is_reported_on_the_file_line_where_it_breaks()
    {
        Assert.Null(YamlDocument.Parse("title: Standing Orders\nsummary: [unclosed\n", "policies/x.md", 2, Settings, _diagnostics));
        Assert.Equal(DiagnosticCodes.YamlSyntax, Only.Code);
        Assert.InRange(Only.Line, 3, 4);
    }

    [Fact]
    public void A_list_instead_of_settings_is_a_wrong_type_error()
    {
        Assert.Null(YamlDocument.Parse("- title\n- date\n", "meetings/x/meeting.yml", 1, Settings, _diagnostics));
        Assert.Equal(DiagnosticCodes.WrongType, Only.Code);
        Assert.Equal(1, Only.Line);
    }

    [Fact]
    public void Empty_yaml_is_no_settings_and_no_error()
    {
        var fields = YamlDocument.Parse("  \n", "x.yml", 1, Settings, _diagnostics)!;
        Assert.Null(fields.String("title"));
        Assert.Empty(_diagnostics.ToSortedList());
    }
}
