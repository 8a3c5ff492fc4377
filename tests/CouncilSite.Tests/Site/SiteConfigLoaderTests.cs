using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Site;

public class SiteConfigLoaderTests
{
    private static (CouncilSite.Site.SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Load(string yml)
    {
        using var site = new TempSite(("site.yml", yml));
        return site.LoadConfig();
    }

    [Fact]
    public void Only_the_name_is_needed_and_everything_else_has_the_documented_default()
    {
        var (config, diagnostics) = Load("name: Little Bramford Parish Council");
        Assert.Empty(diagnostics);
        Assert.NotNull(config);
        Assert.Equal("Little Bramford Parish Council", config.Name);
        Assert.Null(config.Url);
        Assert.Equal("en-GB", config.Language);
        Assert.Equal("Europe/London", config.Timezone);
        Assert.Equal("parish", config.Authority);
        Assert.Equal("smaller-authorities", config.Transparency);
        Assert.Equal((4, 1), (config.FinancialYearStartMonth, config.FinancialYearStartDay));
        Assert.Equal("default", config.Theme);
        Assert.Empty(config.Committees);
        Assert.Null(config.Clerk);
    }

    [Fact]
    public void A_missing_name_is_an_error()
    {
        var (_, diagnostics) = Load("url: https://www.littlebramford-pc.gov.uk\nlanguage: en-GB");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.RequiredMissing, error.Code);
        Assert.Equal("site.yml", error.File);
    }

    [Fact]
    public void An_empty_name_is_an_error()
    {
        var (_, diagnostics) = Load("name:\nlanguage: en-GB");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.RequiredMissing, error.Code);
        Assert.Equal(1, error.Line);
    }

    [Theory]
    [InlineData("en\"><script>alert(1)</script><x a=\"")]
    [InlineData("English")]
    [InlineData("en_GB")]
    [InlineData("en GB")]
    public void A_language_that_is_not_a_language_tag_is_an_error_naming_its_line(string language)
    {
        var (_, diagnostics) = Load($"name: Little Bramford Parish Council\nlanguage: '{language}'");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NotALanguageTag, error.Code);
        Assert.Equal(("site.yml", 2), (error.File, error.Line));
        Assert.Contains("en-GB", error.Hint);
        Assert.Contains("cy", error.Hint);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("cy")]
    [InlineData("gd-GB")]
    [InlineData("sr-Latn-RS")]
    [InlineData("de-CH-1996")]
    public void A_language_tag_is_accepted(string language)
    {
        var (config, diagnostics) = Load($"name: Little Bramford Parish Council\nlanguage: {language}");
        Assert.Empty(diagnostics);
        Assert.Equal(language, config!.Language);
    }

    [Fact]
    public void A_folder_without_site_yml_is_an_error_saying_so()
    {
        using var site = new TempSite();
        site.Delete("site.yml");
        var (config, diagnostics) = site.LoadConfig();
        Assert.Null(config);
        Assert.Equal(DiagnosticCodes.SiteYmlMissing, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Reads_every_documented_setting()
    {
        var (config, diagnostics) = Load("""
            name: Little Bramford Parish Council
            url: https://www.littlebramford-pc.gov.uk/
            language: cy-GB
            timezone: Europe/London
            authority: Town
            transparency: local-government-2015
            financial_year_start: 01-01
            clerk:
              name: A. Clerk
              email: clerk@littlebramford-pc.gov.uk
              phone: 01234 567890
              address: "Village Hall, Church Lane"
            committees:
              - id: full-council
                name: Full Council
              - id: planning
                name: Planning Committee
                description: Comments on planning applications.
            accessibility:
              contact: clerk@littlebramford-pc.gov.uk
              prepared: 2026-09-01
              known_issues:
                - Old minutes are scanned PDFs.
            contact_form: https://forms.example.org/lbpc
            """);

        // A setting of the council's own is kept for the theme; whether it is warned of is the theme's to say (see UnknownSettingTests).
        Assert.Equal(DiagnosticCodes.SettingUnused, Assert.Single(diagnostics).Code);
        Assert.NotNull(config);
        Assert.Equal("https://www.littlebramford-pc.gov.uk", config.Url);
        Assert.Equal("cy-GB", config.Language);
        Assert.Equal("town", config.Authority);
        Assert.Equal("local-government-2015", config.Transparency);
        Assert.Equal((1, 1), (config.FinancialYearStartMonth, config.FinancialYearStartDay));
        Assert.Equal(new CouncilSite.Site.Clerk("A. Clerk", "clerk@littlebramford-pc.gov.uk", "01234 567890", "Village Hall, Church Lane"), config.Clerk);
        Assert.Equal(["full-council", "planning"], config.Committees.Select(c => c.Id));
        Assert.Equal("Planning Committee", config.FindCommittee("planning")!.Name);
        Assert.Equal("Comments on planning applications.", config.FindCommittee("planning")!.Description);
        Assert.Equal(new DateOnly(2026, 9, 1), config.Accessibility.Prepared);
        Assert.Equal(["Old minutes are scanned PDFs."], config.Accessibility.KnownIssues);
        Assert.Equal("https://forms.example.org/lbpc", config.Extra["contact_form"]);
        Assert.False(config.Extra.ContainsKey("name"));
    }

    [Fact]
    public void A_committee_without_a_name_is_an_error_and_a_name_without_an_id_is_an_error()
    {
        var (_, diagnostics) = Load("name: X\ncommittees:\n  - id: planning\n  - name: Finance Committee");
        Assert.Equal([(3, DiagnosticCodes.RequiredMissing), (4, DiagnosticCodes.RequiredMissing)],
            diagnostics.Select(d => (d.Line, d.Code)));
    }

    [Fact]
    public void A_committee_id_used_twice_is_an_error_on_the_second()
    {
        var (config, diagnostics) = Load("name: X\ncommittees:\n  - id: planning\n    name: Planning\n  - id: planning\n    name: Planning again");
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.DuplicateCommittee, 5), (error.Code, error.Line));
        Assert.Single(config!.Committees);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("7")]
    public void A_committee_id_that_is_a_number_is_an_error_as_it_could_take_a_year_of_the_decisions(string id)
    {
        var (config, diagnostics) = Load($"name: X\ncommittees:\n  - id: \"{id}\"\n    name: A committee");
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.CommitteeIdNumber, 3), (error.Code, error.Line));
        Assert.Contains($"/decisions/<year>/", error.Message, StringComparison.Ordinal);
        Assert.Empty(config!.Committees);
    }

    [Theory]
    [InlineData("Full Council")]
    [InlineData("Planning")]
    [InlineData("planning_committee")]
    [InlineData("-planning")]
    public void A_committee_id_that_cannot_be_part_of_a_folder_name_is_an_error(string id)
    {
        var (_, diagnostics) = Load($"name: X\ncommittees:\n  - id: \"{id}\"\n    name: A committee");
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidValue, 3), (error.Code, error.Line));
    }

    [Theory]
    [InlineData("name: \"Two\\aWords Parish Council\"", 1, "U+0007")]
    [InlineData("name: X\nclerk:\n  name: \"Sarah\\vPennington\"", 3, "U+000B")]
    [InlineData("name: X\ncommittees:\n  - id: planning\n    name: \"Planning\\eCommittee\"", 4, "U+001B")]
    public void A_control_character_in_a_setting_is_an_error_on_its_line_not_a_crash_later(string yml, int line, string character)
    {
        var (_, diagnostics) = Load(yml);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.InvalidValue, line), (error.Code, error.Line));
        Assert.Contains(character, error.Message);
    }

    [Fact]
    public void An_unknown_time_zone_is_an_error_on_its_line()
    {
        var (_, diagnostics) = Load("name: X\ntimezone: Europe/Little_Bramford");
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidValue, 2), (error.Code, error.Line));
        Assert.Contains("Europe/Little_Bramford", error.Message);
    }

    [Theory]
    [InlineData("www.littlebramford-pc.gov.uk")]
    [InlineData("ftp://littlebramford-pc.gov.uk")]
    [InlineData("littlebramford parish council")]
    [InlineData("https://user:pw@www.littlebramford-pc.gov.uk")]
    [InlineData("https://www.littlebramford-pc.gov.uk/parish?x=1")]
    [InlineData("\"https://www.littlebramford-pc.gov.uk/#f\"")]
    [InlineData("https://www.littlebramford-pc.gov.uk/parish council")]
    public void A_url_that_is_not_a_web_address_is_an_error(string url)
    {
        var (config, diagnostics) = Load($"name: X\nurl: {url}");
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidValue, 2), (error.Code, error.Line));
        Assert.Null(config!.Url);
    }

    [Theory]
    [InlineData("13-01")]
    [InlineData("02-30")]
    [InlineData("April")]
    public void A_financial_year_start_that_is_not_a_month_and_day_is_an_error(string text)
    {
        var (_, diagnostics) = Load($"name: X\nfinancial_year_start: {text}");
        Assert.Equal(DiagnosticCodes.InvalidDate, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_authority_the_rules_do_not_know_is_an_error_listing_the_known_ones()
    {
        var (_, diagnostics) = Load("name: X\nauthority: borough");
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Contains("parish", error.Hint);
    }

    [Fact]
    public void A_theme_that_does_not_exist_stops_the_build()
    {
        using var site = new TempSite(("site.yml", "name: X\ntheme: modern"));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ThemeNotFound && d.File == "site.yml");
    }
}
