using System.Globalization;
using CouncilSite.Build;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build;

/// <summary>Changes the whole process's culture, so runs alone: no other test sees it.</summary>
[CollectionDefinition(nameof(CultureTests), DisableParallelization = true)]
public sealed class CultureCollection;

[Collection(nameof(CultureTests))]
public class CultureTests
{
    /// <summary>
    /// Swedish writes −1 (U+2212) for -1, which broke the search manifest and the calendar's
    /// BYDAY=-1SU; Persian and Saudi settings use other calendars for dates, which broke the
    /// datasets' periods and reading financial_year_start.
    /// </summary>
    [Theory]
    [InlineData("sv-SE")]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    public void The_example_site_builds_the_same_bytes_whatever_the_machines_culture(string culture)
    {
        var invariant = BuildUnder(CultureInfo.InvariantCulture);
        var local = BuildUnder(CultureInfo.GetCultureInfo(culture));

        local.AssertSameAs(invariant);
        Assert.Contains("search/index/manifest.js", invariant.Paths);
        Assert.Contains("meetings/calendar.ics", invariant.Paths);
    }

    [Fact]
    public void New_meeting_names_its_folder_by_the_gregorian_date_on_a_persian_machine()
    {
        using var site = new TempSite();
        var outcome = Under(CultureInfo.GetCultureInfo("fa-IR"), () =>
            CommandRunner.Run("new", "meeting", site.Root, "--committee", "planning", "--date", "2027-01-11", "--today", "2026-12-03"));

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Root, "meetings", "2027-01-11-planning", "agenda.md")), outcome.Stdout + outcome.Stderr);
    }

    private static T Under<T>(CultureInfo culture, Func<T> work)
    {
        var (current, ui, threads, threadsUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (culture, culture);
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (threads, threadsUi);
        }
    }

    private static OutputSnapshot BuildUnder(CultureInfo culture)
    {
        var output = Path.Combine(Path.GetTempPath(), "councilsite-tests", "culture-" + Guid.NewGuid().ToString("N"));
        try
        {
            return Under(culture, () =>
            {
                var result = SiteBuilder.Build(new BuildOptions(ExampleSiteBuild.SiteFolder, output, TempSite.Today));
                Assert.True(result.Succeeded);
                Assert.Same(culture, CultureInfo.CurrentCulture);
                return OutputSnapshot.Take(output);
            });
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
