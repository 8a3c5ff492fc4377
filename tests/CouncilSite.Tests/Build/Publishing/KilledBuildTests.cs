using System.Diagnostics;
using CouncilSite.Build.Publishing;
using CouncilSite.Cli;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build.Publishing;

/// <summary>
/// A build killed at any moment (a power cut, a closed laptop, kill -9) leaves the output holding
/// the whole previous site or the whole new one, never a mix, and the next build carries on.
/// </summary>
[Collection(SpawnsProcesses.Name)]
public class KilledBuildTests
{
    private const int NewsItems = 150;

    [Fact]
    public void A_build_killed_at_random_moments_leaves_the_old_site_or_the_new_one_and_the_next_build_recovers()
    {
        using var site = SampleSite.Create();
        var oldSite = Version(site, "Old Bramford Parish Council", first: 0);
        var newSite = Version(site, "New Bramford Parish Council", first: NewsItems / 3);
        var whole = Stopwatch.StartNew();
        RunToEnd(site);
        var full = whole.Elapsed;

        var random = new Random(20261203);
        var seen = new HashSet<string>();
        for (var round = 0; round < 10; round++)
        {
            Write(site, "Old Bramford Parish Council", first: 0);
            Assert.True(site.Build().Succeeded);
            OutputSnapshot.Take(site.Output).AssertSameAs(oldSite);
            Write(site, "New Bramford Parish Council", first: NewsItems / 3);

            // Even rounds kill anywhere in the build; odd ones in the few milliseconds the new site takes its place.
            var delay = TimeSpan.FromMilliseconds(round % 2 == 0 ? full.TotalMilliseconds * (0.3 + 0.8 * random.NextDouble()) : 25 * random.NextDouble());
            seen.Add(round % 2 == 0 ? KillAfter(site, delay) : KillWhilePublishing(site, delay));

            var left = OutputSnapshot.Take(site.Output);
            Assert.True(left.Matches(oldSite) || left.Matches(newSite), $"round {round}: killed at {delay.TotalMilliseconds:0} ms, the output is a mix");
            Assert.True(site.Build().Succeeded);
            OutputSnapshot.Take(site.Output).AssertSameAs(newSite);
        }

        Assert.Contains("killed", seen);
    }

    /// <summary>Builds one version of the site into a folder of its own, for what the output must equal.</summary>
    private static OutputSnapshot Version(TempSite site, string name, int first)
    {
        Write(site, name, first);
        var folder = site.Output + "-" + first;
        Assert.True(site.Build(folder).Succeeded);
        return OutputSnapshot.Take(folder);
    }

    /// <summary>Every page changes with the council's name; news items come and go between the versions.</summary>
    private static void Write(TempSite site, string name, int first)
    {
        var settings = File.ReadAllText(site.PathOf("site.yml"));
        site.Write("site.yml", $"name: {name}\n{settings[(settings.IndexOf('\n') + 1)..]}");
        site.Delete("news");
        for (var i = first; i < first + NewsItems; i++)
        {
            var date = new DateOnly(2024, 1, 1).AddDays(i);
            site.Write($"news/{date:yyyy-MM-dd}-item-{i}.md", $"---\ntitle: News item {i}\n---\nWhat happened on day {i}.\n");
        }
    }

    private static void RunToEnd(TempSite site)
    {
        using var build = Start(site);
        build.WaitForExit();
        Assert.Equal(0, build.ExitCode);
    }

    /// <returns>Whether the build had ended by itself, for the message.</returns>
    private static string KillAfter(TempSite site, TimeSpan delay)
    {
        using var build = Start(site);
        if (build.WaitForExit(delay))
        {
            return "finished";
        }

        build.Kill(entireProcessTree: true);
        build.WaitForExit();
        return "killed";
    }

    /// <summary>Kills the build <paramref name="delay"/> after the new site's marker file appears in the working folder: the last file written before it is put in place.</summary>
    private static string KillWhilePublishing(TempSite site, TimeSpan delay)
    {
        var marker = Path.Combine(OutputPlaceTests.WorkFolderOf(site.Output), "new", OutputWriter.MarkerFile);
        using var build = Start(site);
        while (!File.Exists(marker))
        {
            if (build.HasExited)
            {
                return "finished";
            }
        }

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < delay)
        {
            Thread.SpinWait(100);
        }

        if (build.HasExited)
        {
            return "finished";
        }

        build.Kill(entireProcessTree: true);
        build.WaitForExit();
        return "killed";
    }

    private static Process Start(TempSite site)
    {
        var cli = typeof(CommandLine).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "build", site.Root, "--output", site.Output, "--today", TempSite.Today.ToString("yyyy-MM-dd")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
