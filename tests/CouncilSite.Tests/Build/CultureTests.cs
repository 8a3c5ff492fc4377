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

    private static OutputSnapshot BuildUnder(CultureInfo culture)
    {
        var (current, ui, threads, threadsUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        var output = Path.Combine(Path.GetTempPath(), "councilsite-tests", "culture-" + Guid.NewGuid().ToString("N"));
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (culture, culture);
            var result = SiteBuilder.Build(new BuildOptions(ExampleSiteBuild.SiteFolder, output, TempSite.Today));
            Assert.True(result.Succeeded);
            Assert.Same(culture, CultureInfo.CurrentCulture);
            return OutputSnapshot.Take(output);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (threads, threadsUi);
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
