using CouncilSite.Build.Publishing;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build.Publishing;

/// <summary>Two builds of one output never mix: the second stops at once and says why.</summary>
public class ConcurrentBuildTests
{
    [Fact]
    public void A_build_while_another_is_writing_the_same_output_stops_without_changing_it()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        var before = OutputSnapshot.Take(site.Output);
        site.Write("news/2026-11-20-christmas-lights.md", "---\ntitle: Lights\n---\nText.");

        // The output claimed here as a running build claims it.
        using (WorkFolder.Claim(site.Output))
        {
            var result = site.Build();

            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal(DiagnosticCodes.OutputBusy, error.Code);
            Assert.Contains("Another build", error.Message);
            OutputSnapshot.Take(site.Output).AssertSameAs(before);
        }

        Assert.True(site.Build().Succeeded);
        OutputPlaceTests.AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void Builds_started_together_leave_one_whole_new_site_and_every_other_says_it_was_busy()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        site.Write("news/2026-11-20-christmas-lights.md", "---\ntitle: Lights\n---\nText.");

        var builds = Enumerable.Range(0, 4).Select(_ => Task.Run(() => site.Build())).ToList();
        var results = builds.Select(t => t.GetAwaiter().GetResult()).ToList();

        Assert.Contains(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(DiagnosticCodes.OutputBusy, Assert.Single(r.Diagnostics, d => d.IsError).Code));
        OutputPlaceTests.AssertSameAsCleanBuild(site);
    }
}
