using CouncilSite.Build;
using CouncilSite.Build.Incremental;
using CouncilSite.Diagnostics;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Policies;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Settings;

/// <summary>What a clerk types under a wrong name is warned of with the right one, never silently lost nor silently taken.</summary>
public class UnknownSettingTests
{
    private const string Meeting = "meetings/2026-10-15-full-council";

    [Fact]
    public void Approved_with_a_capital_in_minutes_is_warned_with_the_right_name_and_the_minutes_stay_draft()
    {
        var loaded = TempSite.LoadFrom(($"{Meeting}/minutes.md", "---\nApproved: 2026-10-15\n---\nMinutes."));
        var warning = loaded.Single(DiagnosticCodes.SettingMisnamed);
        Assert.Equal(($"{Meeting}/minutes.md", 2, 1, Severity.Warning), (warning.File, warning.Line, warning.Column, warning.Severity));
        Assert.Equal("'Approved' is not a setting of minutes; did you mean 'approved'?", warning.Message);
        Assert.Contains("'approved:'", warning.Hint);
        var minutes = loaded.Content.Of<IReadOnlyList<Meeting>>().Single().Minutes!;
        Assert.Equal(MinutesStatus.Draft, minutes.Status);
    }

    [Fact]
    public void Venue_in_meeting_yml_is_warned_as_location_and_not_taken_for_it()
    {
        var loaded = TempSite.LoadFrom(($"{Meeting}/meeting.yml", "time: \"19:30\"\nvenue: Village Hall\n"));
        var warning = loaded.Single(DiagnosticCodes.SettingMisnamed);
        Assert.Equal(($"{Meeting}/meeting.yml", 2, 1), (warning.File, warning.Line, warning.Column));
        Assert.Contains("did you mean 'location'?", warning.Message);
        Assert.Null(loaded.Content.Of<IReadOnlyList<Meeting>>().Single().Location);
    }

    [Fact]
    public void Adopted_on_in_a_policy_is_warned_as_adopted()
    {
        var loaded = TempSite.LoadFrom(("policies/standing-orders.md", "---\ntitle: Standing Orders\nadopted_on: 2026-05-14\n---\nText."));
        var warning = loaded.Single(DiagnosticCodes.SettingMisnamed);
        Assert.Equal(3, warning.Line);
        Assert.Equal("'adopted_on' is not a setting of a policy; did you mean 'adopted'?", warning.Message);
        Assert.Null(loaded.Content.Of<IReadOnlyList<Policy>>().Single().Adopted);
    }

    [Fact]
    public void A_slip_in_a_setting_under_clerk_in_site_yml_is_warned_on_its_line_and_column()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\nclerk:\n  name: Sarah Pennington\n  emial: clerk@example.org\n"));
        var (config, diagnostics) = site.LoadConfig();
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.SettingMisnamed, "site.yml", 4, 3), (warning.Code, warning.File, warning.Line, warning.Column));
        Assert.Equal("'emial' is not a setting of 'clerk' in site.yml; did you mean 'email'?", warning.Message);
        Assert.Null(config!.Clerk!.Email);
    }

    [Fact]
    public void A_setting_near_nothing_is_kept_for_the_theme_with_a_warning_that_nothing_shows_it()
    {
        using var site = new TempSite(("pages/about.md", "---\ntitle: About\nparish_map: https://maps.example.org/lb\n---\nText."));
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SettingUnused);
        Assert.Equal(("pages/about.md", 3, Severity.Warning), (warning.File, warning.Line, warning.Severity));
        Assert.Contains("'extra.parish_map'", warning.Message);
    }

    [Theory]
    [InlineData("village", "theme: village\n")]
    [InlineData("default", "")]
    public void A_setting_the_sites_own_theme_shows_is_not_warned(string theme, string themeLine)
    {
        using var site = new TempSite(
            ("site.yml", TempSite.SiteYml + "\n" + themeLine + "contact_form: https://forms.example.org/lb\n"),
            ("pages/about.md", "---\ntitle: About\nparish_map: https://maps.example.org/lb\n---\nText."),
            ($"themes/{theme}/partials/site-footer.html", "<footer><a href=\"{{ site.extra.contact_form }}\">Contact</a></footer>"),
            ($"themes/{theme}/layouts/page.html", "{{ page.content }}<a href=\"{{ extra[\"parish_map\"] }}\">Map</a>"));
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SettingUnused);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void With_a_mistake_in_site_yml_a_setting_the_theme_shows_is_still_not_warned_of()
    {
        using var site = new TempSite(
            ("site.yml", TempSite.SiteYml + "\ntimezone: Europe/Londn\ncontact_form: https://forms.example.org/lb\n"),
            ("news/2026-11-02-fair.md", "---\ntitle: Fair\nparish_map: https://maps.example.org/lb\n---\nText."),
            ("themes/default/partials/site-footer.html", "<footer><a href=\"{{ site.extra.contact_form }}\">Contact</a></footer>"),
            ("themes/default/layouts/news-item.html", "{{ page.content }}<a href=\"{{ extra.parish_map }}\">Map</a>"));
        var build = site.Build();
        var check = CouncilSite.Build.SiteCheck.Run(site.Root, TempSite.Today);
        Assert.False(build.Succeeded);
        Assert.True(check.HasErrors);
        Assert.DoesNotContain(build.Diagnostics.Concat(check.Diagnostics), d => d.Code == DiagnosticCodes.SettingUnused);
    }

    [Fact]
    public void In_the_preview_an_item_not_read_again_is_warned_of_once_the_theme_stops_showing_its_setting()
    {
        using var site = new TempSite(
            ("news/2026-11-02-fair.md", "---\ntitle: Fair\nparish_map: https://maps.example.org/lb\n---\nText."),
            ("themes/default/layouts/news-item.html", "{{ page.content }}<a href=\"{{ extra.parish_map }}\">Map</a>"));
        var changes = new FolderChanges();
        var session = new BuildSession(inMemory: true, changes);
        BuildResult Build() => SiteBuilder.Build(new BuildOptions(site.Root, site.Output, TempSite.Today), session);
        Assert.DoesNotContain(Build().Diagnostics, d => d.Code == DiagnosticCodes.SettingUnused);

        // The news item's part comes back from the session with its messages: the theme decides again.
        site.Delete("themes/default/layouts/news-item.html");
        changes.Saw("themes/default/layouts/news-item.html");
        Assert.Contains(Build().Diagnostics, d => d.Code == DiagnosticCodes.SettingUnused && d.File == "news/2026-11-02-fair.md");
    }

    [Fact]
    public void A_misnamed_setting_is_warned_even_when_the_theme_shows_it()
    {
        using var site = new TempSite(
            ($"{Meeting}/meeting.yml", "venue: Village Hall\n"),
            ("themes/default/layouts/meeting.html", "{{ extra.venue }}"));
        Assert.Contains(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.SettingMisnamed);
    }

    [Fact]
    public void A_name_near_a_setting_already_written_is_not_suggested_as_that_setting()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\nname_cy: Cyngor Cymuned Bramford Fach\n"));
        var warning = Assert.Single(site.LoadConfig().Diagnostics);
        Assert.Equal((DiagnosticCodes.SettingUnused, 2), (warning.Code, warning.Line));
        Assert.DoesNotContain("'name'", warning.Message + warning.Hint);
    }

    [Fact]
    public void A_group_is_not_suggested_for_a_single_value()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\nclerk_email: clerk@example.org\n"));
        var warning = Assert.Single(site.LoadConfig().Diagnostics);
        Assert.Equal(DiagnosticCodes.SettingUnused, warning.Code);
        Assert.DoesNotContain("'clerk'", warning.Message + warning.Hint);
    }

    [Fact]
    public void A_single_value_is_not_suggested_for_indented_settings()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\nnmae:\n  first: Little\n"));
        var warning = Assert.Single(site.LoadConfig().Diagnostics, d => d.Line == 2);
        Assert.DoesNotContain("did you mean", warning.Message);
    }

    [Fact]
    public void A_setting_written_again_in_another_case_is_warned_as_already_set_and_to_keep_one()
    {
        var loaded = TempSite.LoadFrom(($"{Meeting}/minutes.md", "---\napproved: 2026-10-15\nApproved: 2026-10-16\n---\nMinutes."));
        var warning = loaded.Single(DiagnosticCodes.SettingMisnamed);
        Assert.Equal(3, warning.Line);
        Assert.Equal("'Approved' is not a setting of minutes, and the setting it stands for, 'approved', is already set on line 2.", warning.Message);
        Assert.StartsWith("Keep one of the two: remove line 3,", warning.Hint);
        Assert.DoesNotContain("Change 'Approved:' to 'approved:'", warning.Hint);
    }

    [Fact]
    public void A_clerks_setting_left_unindented_is_said_to_belong_under_clerk_on_its_line()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\nclerk:\n  name: Sarah Pennington\nemail: clerk@example.org\n"));
        var (config, diagnostics) = site.LoadConfig();
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.SettingUnused, 4), (warning.Code, warning.Line));
        Assert.Equal("'email' is not a setting of site.yml itself but of 'clerk', so CouncilSite does not use it here.", warning.Message);
        Assert.Equal("Move it under 'clerk:' on line 2, indented with two spaces like the group's other settings.", warning.Hint);
        Assert.Null(config!.Clerk!.Email);
    }

    [Fact]
    public void A_clerks_setting_without_clerk_is_told_to_start_the_group()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\nphone: 01632 960412\n"));
        var warning = Assert.Single(site.LoadConfig().Diagnostics);
        Assert.Contains("but of 'clerk'", warning.Message);
        Assert.StartsWith("Write 'clerk:' on a line of its own and indent 'phone:' under it", warning.Hint);
    }

    [Fact]
    public void A_setting_with_no_name_is_said_plainly()
    {
        var loaded = TempSite.LoadFrom(("pages/about.md", "---\ntitle: About\n\"\": x\n---\nText."));
        var warning = loaded.Single(DiagnosticCodes.SettingUnused);
        Assert.Equal(("Line 3 has a setting with no name before its colon, so CouncilSite does not use it.", 3), (warning.Message, warning.Line));
        Assert.DoesNotContain("extra.", warning.Message);
    }

    [Fact]
    public void A_list_written_as_a_name_is_warned_as_not_a_setting_name()
    {
        var loaded = TempSite.LoadFrom(("pages/about.md", "---\ntitle: About\n? [a, b]\n: x\n---\nText."));
        var warning = loaded.Single(DiagnosticCodes.SettingUnused);
        Assert.Equal(3, warning.Line);
        Assert.Contains("cannot be read as a setting name", warning.Message);
    }

    [Fact]
    public void A_setting_the_theme_shows_is_still_warned_of_inside_a_group_where_no_theme_can_show_it()
    {
        using var site = new TempSite(
            ("site.yml", TempSite.SiteYml + "\ncontact_form: https://forms.example.org/lb\nclerk:\n  contact_form: https://forms.example.org/clerk\n"),
            ("themes/default/partials/site-footer.html", "<footer><a href=\"{{ site.extra.contact_form }}\">Contact</a></footer>"));
        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.SettingUnused);
        Assert.Equal("'contact_form' is not a setting of 'clerk' in site.yml, so CouncilSite does not use it.", warning.Message);
    }
}
