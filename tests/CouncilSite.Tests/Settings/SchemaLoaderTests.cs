using CouncilSite.Diagnostics;
using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Meetings;
using CouncilSite.Settings;
using CouncilSite.Tests.Support;
using CouncilSite.Yaml;

namespace CouncilSite.Tests.Settings;

/// <summary>The schema and the loaders are one: what the loaders read is what the schema declares.</summary>
public class SchemaLoaderTests
{
    private static readonly string[] NotAboutNames = [DiagnosticCodes.SettingMisnamed, DiagnosticCodes.SettingUnused];

    [Fact]
    public void A_site_writing_every_setting_of_every_kind_loads_without_an_error_or_an_unknown_setting()
    {
        var loaded = TempSite.LoadFrom([.. SchemaFixture.Files()]);
        Assert.Empty(loaded.Errors);
        Assert.DoesNotContain(loaded.Diagnostics, d => NotAboutNames.Contains(d.Code));

        var meeting = Assert.Single(loaded.Content.Of<IReadOnlyList<Meeting>>());
        Assert.Equal(("Village Hall, Church Lane, Little Bramford", new TimeOnly(19, 30), MinutesStatus.Approved), (meeting.Location, meeting.Time, meeting.Minutes!.Status));
        var councillor = Assert.Single(loaded.Content.Of<CouncillorsContent>().Councillors);
        Assert.Equal(new DateOnly(2027, 5, 6), councillor.TermEnds);
        var dataset = Assert.Single(loaded.Content.Of<OpenDataContent>().Datasets);
        Assert.Equal(("Date of payment", new DateOnly(2026, 3, 31)), (Assert.Single(dataset.Columns).Title, dataset.PeriodEnd));
    }

    [Fact]
    public void Every_kind_has_a_fixture_file_and_every_setting_an_example_and_a_description()
    {
        foreach (var kind in SettingsSchema.All)
        {
            Assert.True(SchemaFixture.Paths.ContainsKey(kind.Id), kind.Id);
            foreach (var setting in Flatten(kind.Settings))
            {
                Assert.False(string.IsNullOrWhiteSpace(setting.Description), $"{kind.Id}: {setting.Name}");
                Assert.True((setting.Type is SettingType.Group or SettingType.GroupList) == (setting.Example is null), $"{kind.Id}: {setting.Name}'s example");
                Assert.Equal(setting.HasGroup, setting.Group is not null);
                Assert.Equal(setting.Type == SettingType.OneOf, setting.Allowed.Count > 0);
            }
        }
    }

    [Fact]
    public void No_other_name_of_a_setting_is_itself_a_setting_of_the_same_group()
    {
        foreach (var group in SettingsSchema.All.SelectMany(k => Groups(k.Settings)))
        {
            var names = group.Settings.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var synonyms = group.Settings.SelectMany(s => s.AlsoWrittenAs).ToList();
            Assert.DoesNotContain(synonyms, names.Contains);
            Assert.Equal(synonyms.Count, synonyms.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Fact]
    public void A_loader_reading_a_setting_the_schema_does_not_declare_is_stopped()
    {
        var fields = YamlDocument.Parse("title: Budget\n", "documents/budget.yml", 1, ContentSettings.Document.Settings, new DiagnosticBag())!;
        Assert.Throws<InvalidOperationException>(() => fields.String("author"));
        Assert.Throws<InvalidOperationException>(() => fields.Date("title"));
        Assert.Throws<InvalidOperationException>(() => fields.LineOf("author"));
    }

    [Fact]
    public void The_example_site_has_no_setting_the_schema_does_not_declare()
    {
        using var example = new ExampleSiteBuild();
        Assert.DoesNotContain(example.Result.Diagnostics, d => NotAboutNames.Contains(d.Code));
    }

    private static IEnumerable<Setting> Flatten(SettingGroup group) =>
        group.Settings.SelectMany(s => s.Group is null ? [s] : Flatten(s.Group).Prepend(s));

    private static IEnumerable<SettingGroup> Groups(SettingGroup group) =>
        group.Settings.Where(s => s.Group is not null).SelectMany(s => Groups(s.Group!)).Prepend(group);
}
