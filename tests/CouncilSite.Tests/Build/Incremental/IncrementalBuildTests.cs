using CouncilSite.Build;
using CouncilSite.Build.Incremental;
using CouncilSite.Build.Publishing;
using CouncilSite.Diagnostics;
using CouncilSite.Preview;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build.Incremental;

public class IncrementalBuildTests
{
    /// <summary>After each of a seeded clerk's edits, additions, renames and deletions, the session's build equals a clean build.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_session_build_after_any_sequence_of_changes_equals_a_clean_build(int seed)
    {
        using var site = new EditableSite(seed, meetings: 8);
        AssertEachStepMatchesACleanBuild(site, new BuildSession(inMemory: false), afterChange: _ => { });
    }

    /// <summary>As the preview builds: a watcher says what changed, the session reads only that, and the site still equals a clean build.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(9)]
    public void A_watched_session_build_after_any_sequence_of_changes_equals_a_clean_build(int seed)
    {
        using var site = new EditableSite(seed, meetings: 8);
        var changes = new FolderChanges();
        using var settled = new SemaphoreSlim(0);
        using var watcher = new SiteWatcher(site.Site.Root, null, TimeSpan.FromMilliseconds(50), changes, () => settled.Release(), _ => { });
        AssertEachStepMatchesACleanBuild(site, new BuildSession(inMemory: false, changes), afterChange: change =>
        {
            // Built once the watcher has reported the change and the folder has been still for a while, as the preview does.
            Assert.True(settled.Wait(TimeSpan.FromSeconds(10)), $"the watcher did not report {change}");
            while (settled.Wait(TimeSpan.FromMilliseconds(300)))
            {
            }
        });
    }

    /// <summary>What makes the preview quick on a large site: a meeting no watcher reported as changed is not read again.</summary>
    [Fact]
    public void A_watched_session_reads_again_only_the_parts_reported_changed()
    {
        using var site = new EditableSite(seed: 7, meetings: 4);
        var (changes, session, meeting) = BuiltWatchedSession(site);
        string Minutes() => System.Text.Encoding.UTF8.GetString(session.Output[$"meetings/{meeting}/minutes/index.html"].Bytes!);

        site.Site.Write($"meetings/{meeting}/minutes.md", "The council resolved to mend the bus shelter.");
        Assert.True(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);
        Assert.DoesNotContain("bus shelter", Minutes());

        changes.Saw($"meetings/{meeting}/minutes.md");
        Assert.True(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);
        Assert.Contains("bus shelter", Minutes());
    }

    /// <summary>The words of the pages a session keeps for unchanged meetings come from the strings: a changed string is on them at once.</summary>
    [Fact]
    public void A_watched_session_makes_kept_meeting_pages_again_when_a_string_changes()
    {
        using var site = new EditableSite(seed: 7, meetings: 4);
        var (changes, session, meeting) = BuiltWatchedSession(site);
        string Page() => System.Text.Encoding.UTF8.GetString(session.Output[$"meetings/{meeting}/index.html"].Bytes!);
        Assert.DoesNotContain("A gathering of the", Page());

        site.Site.Write("themes/default/strings/en.yml", "meeting:\n  description: 'A gathering of the {committee} on {date} ({status}).'\n");
        changes.Saw("themes/default/strings/en.yml");
        Assert.True(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);
        Assert.Contains("A gathering of the", Page());
    }

    /// <summary>A folder swapped for another of the same name is reported as the folder alone; the parts inside it are read again.</summary>
    [Fact]
    public void A_watched_session_reads_again_what_is_below_a_folder_that_was_replaced()
    {
        using var site = new EditableSite(seed: 10, meetings: 3);
        var (changes, session, meeting) = BuiltWatchedSession(site);

        CopyFolder(site.Site.PathOf("meetings"), site.Site.PathOf("meetings-new"));
        File.WriteAllText(Path.Combine(site.Site.PathOf("meetings-new"), meeting, "minutes.md"), "The council resolved to mend the bus shelter.");
        Directory.Move(site.Site.PathOf("meetings"), site.Site.PathOf("meetings-old"));
        Directory.Move(site.Site.PathOf("meetings-new"), site.Site.PathOf("meetings"));
        Directory.Delete(site.Site.PathOf("meetings-old"), recursive: true);
        foreach (var name in new[] { "meetings", "meetings-old", "meetings-new" })
        {
            changes.SawName(name);
        }

        Assert.True(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);
        Assert.Contains("bus shelter", System.Text.Encoding.UTF8.GetString(session.Output[$"meetings/{meeting}/minutes/index.html"].Bytes!));
    }

    /// <summary>A link (shortcut) is met by any stage, not only loading; its message stays until it is gone, as in a clean build.</summary>
    [Fact]
    public void A_watched_session_keeps_reporting_a_link_that_leaves_the_site()
    {
        using var site = new EditableSite(seed: 11, meetings: 2);
        var outside = Path.Combine(site.Site.Root, "..", "outside.txt");
        File.WriteAllText(outside, "Not the council's.");
        File.CreateSymbolicLink(site.Site.PathOf("static/outside.txt"), outside);
        var changes = new FolderChanges();
        var session = new BuildSession(inMemory: true, changes);
        static bool Refused(BuildResult result) => result.Diagnostics.Any(d => d.Code == DiagnosticCodes.LinkLeavesSite);

        Assert.True(Refused(SiteBuilder.Build(Options(site.Site, site.Site.Output), session)));

        site.Site.Write("news/2025-03-01-litter-pick.md", "---\ntitle: Litter pick\n---\nBring gloves.");
        changes.SawName("news/2025-03-01-litter-pick.md");
        Assert.True(Refused(SiteBuilder.Build(Options(site.Site, site.Site.Output), session)));
    }

    /// <summary>An error may come from outside the file (another program holding it open), so the file is read again until it is clear.</summary>
    [Fact]
    public void A_watched_session_reads_a_part_with_an_error_again_even_when_no_change_is_reported()
    {
        using var site = new EditableSite(seed: 8, meetings: 3);
        var changes = new FolderChanges();
        var session = new BuildSession(inMemory: true, changes);
        site.Site.Write("news/2025-03-01-litter-pick.md", "---\ntitle: [Litter pick\n---\nBring gloves.");
        Assert.False(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);

        site.Site.Write("news/2025-03-01-litter-pick.md", "---\ntitle: Litter pick\n---\nBring gloves.");
        Assert.True(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);
        Assert.Contains("Bring gloves", System.Text.Encoding.UTF8.GetString(session.Output["news/2025-03-01-litter-pick/index.html"].Bytes!));
    }

    [Fact]
    public void Editing_one_file_redraws_its_page_and_keeps_the_others()
    {
        using var site = new EditableSite(seed: 3, meetings: 6);
        var session = new BuildSession(inMemory: true);
        var first = SiteBuilder.Build(Options(site.Site, site.Site.Output), session);
        Assert.True(first.Succeeded);
        Assert.Equal(first.Pages, session.LastPages.Rendered);

        site.Site.Write("policies/standing-orders.md", "---\ntitle: Standing orders\nadopted: 2024-05-01\n---\n## Meetings\n\nThe council meets every month.");
        var second = SiteBuilder.Build(Options(site.Site, site.Site.Output), session);

        Assert.True(second.Succeeded);

        // The policy's page, and the search page, which names the version of the index its script loads.
        Assert.Equal((2, first.Pages - 2), session.LastPages);
        Assert.Contains("every month", System.Text.Encoding.UTF8.GetString(session.Output["policies/standing-orders/index.html"].Bytes!));
        Assert.False(Directory.Exists(site.Site.Output), "a session in memory never writes the site to disk");
    }

    [Fact]
    public void A_build_with_an_error_keeps_the_last_good_site_and_the_next_good_build_matches_a_clean_one()
    {
        using var site = new EditableSite(seed: 4, meetings: 5);
        var session = new BuildSession(inMemory: true);
        Assert.True(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);
        var good = session.Output;

        var broken = site.BreakALink();
        Assert.False(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);
        Assert.Same(good, session.Output);

        site.Mend(broken);
        site.Step();
        Assert.True(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);
        var clean = Path.Combine(site.Site.Root, "..", "clean");
        Assert.True(SiteBuilder.Build(Options(site.Site, clean)).Succeeded);
        var expected = ReadAll(clean);
        expected.Remove(OutputWriter.MarkerFile);
        Assert.Equal(expected.Keys, session.Output.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, file) in session.Output)
        {
            Assert.True(expected[path].AsSpan().SequenceEqual(file.Bytes ?? File.ReadAllBytes(file.CopyFrom!)), $"{path} differs");
        }
    }

    [Fact]
    public void A_privacy_warning_in_an_unchanged_file_follows_the_review_the_clerk_adds_to_site_yml()
    {
        using var site = new EditableSite(seed: 5, meetings: 3);
        site.Site.Write("pages/contact.md", "---\ntitle: Contact\n---\nWrite to jo.bloggs@gmail.com about the hall.");
        var session = new BuildSession(inMemory: true);
        static bool Warns(BuildResult result) => result.Diagnostics.Any(d => d.Code == DiagnosticCodes.PersonalData && d.File == "pages/contact.md" && d.Line == 4);

        Assert.True(Warns(SiteBuilder.Build(Options(site.Site, site.Site.Output), session)));

        // The page's text is unchanged, so the session does not search it again; the review still counts.
        var settings = File.ReadAllText(site.Site.PathOf("site.yml"));
        site.Site.Write("site.yml", settings + "\nprivacy_reviewed:\n  - jo.bloggs@gmail.com\n");
        Assert.False(Warns(SiteBuilder.Build(Options(site.Site, site.Site.Output), session)));

        site.Site.Write("site.yml", settings);
        Assert.True(Warns(SiteBuilder.Build(Options(site.Site, site.Site.Output), session)));
    }

    /// <summary>A file's links are not checked again while the addresses are the same; which websites' images are allowed still counts at once.</summary>
    [Fact]
    public void Allowing_or_no_longer_allowing_a_website_s_images_counts_at_the_next_session_build()
    {
        using var site = new TempSite(("pages/about.md", "---\ntitle: About\n---\n![The church](https://photos.example.org/church.jpg)\n"));
        var session = new BuildSession(inMemory: true);
        string Codes() => string.Join(",", SiteBuilder.Build(Options(site, site.Output), session).Diagnostics.Select(d => d.Code));

        Assert.Equal(DiagnosticCodes.ExternalImage, Codes());
        site.Write("site.yml", TempSite.SiteYml + "\nallow_images_from: photos.example.org\n");
        Assert.Equal(DiagnosticCodes.ExternalImageAllowed, Codes());
        site.Write("site.yml", TempSite.SiteYml);
        Assert.Equal(DiagnosticCodes.ExternalImage, Codes());
    }

    /// <summary>Which full addresses are the site's own is site.yml's url: a link that passed as another website's is checked once the url names it.</summary>
    [Fact]
    public void A_link_to_a_full_address_is_checked_again_when_site_yml_makes_it_the_sites_own()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\n"), ("pages/about.md", "---\ntitle: About\n---\nSee [the rules](https://www.littlebramford-pc.gov.uk/policies/missing/).\n"));
        var session = new BuildSession(inMemory: true);
        string Codes() => string.Join(",", SiteBuilder.Build(Options(site, site.Output), session).Diagnostics.Select(d => d.Code));

        Assert.Equal("", Codes());
        site.Write("site.yml", "name: Little Bramford Parish Council\nurl: https://www.littlebramford-pc.gov.uk\n");
        Assert.Equal(DiagnosticCodes.BrokenLink, Codes());
    }

    /// <summary>A meeting's page is kept while nothing it shows changed; the meeting that approved its minutes is one of those things.</summary>
    [Fact]
    public void Minutes_follow_the_meeting_that_approved_them_when_another_meeting_on_that_date_is_added_or_removed()
    {
        using var site = new TempSite(
            ("meetings/2025-01-10-full-council/minutes.md", "---\nstatus: approved\napproved: 2025-02-14\n---\n5.1 RESOLVED: That the report be noted.\n"),
            ("meetings/2025-02-14-planning/agenda.md", "1. Apologies"));
        var changes = new FolderChanges();
        var session = new BuildSession(inMemory: false, changes);
        var minutes = Path.Combine(site.Output, "meetings", "2025-01-10-full-council", "minutes", "index.html");

        void BuildAndCompare(string change, string approvedAt)
        {
            Assert.True(SiteBuilder.Build(Options(site, site.Output), session).Succeeded);
            var clean = Path.Combine(site.Root, "..", "clean");
            Assert.True(SiteBuilder.Build(Options(site, clean)).Succeeded);
            AssertSame(clean, site.Output, change);
            Directory.Delete(clean, recursive: true);
            Assert.Contains($">{approvedAt}</a>", File.ReadAllText(minutes));
        }

        BuildAndCompare("the first build", "Planning Committee, 14 February 2025");

        // The council's own meeting that day is the one that approved them, though the minutes' files did not change.
        site.Write("meetings/2025-02-14-full-council/agenda.md", "1. Minutes of the last meeting");
        changes.SawName("meetings/2025-02-14-full-council");
        BuildAndCompare("a full council meeting added on the day of approval", "Full Council, 14 February 2025");

        site.Delete("meetings/2025-02-14-full-council");
        changes.SawName("meetings/2025-02-14-full-council");
        BuildAndCompare("that meeting removed", "Planning Committee, 14 February 2025");
    }

    /// <summary>Builds the site in the session after each of eight seeded changes (the first build first), and compares it with a clean build.</summary>
    /// <param name="afterChange">Told each change before the session builds, e.g. to wait for a watcher.</param>
    private static void AssertEachStepMatchesACleanBuild(EditableSite site, BuildSession session, Action<string> afterChange)
    {
        for (var step = 0; step < 8; step++)
        {
            var change = step == 0 ? "the first build" : site.Step();
            if (step > 0)
            {
                afterChange(change);
            }

            var incremental = SiteBuilder.Build(Options(site.Site, site.Site.Output), session);
            Assert.True(incremental.Succeeded, $"after {change}: {string.Join("\n", incremental.Diagnostics)}");

            var clean = Path.Combine(site.Site.Root, "..", $"clean-{step}");
            Assert.True(SiteBuilder.Build(Options(site.Site, clean)).Succeeded);
            AssertSame(clean, site.Site.Output, change);
            Directory.Delete(clean, recursive: true);
        }
    }

    /// <summary>A preview session told changes by hand, after its first build; and the site's first meeting folder.</summary>
    private static (FolderChanges Changes, BuildSession Session, string Meeting) BuiltWatchedSession(EditableSite site)
    {
        var changes = new FolderChanges();
        var session = new BuildSession(inMemory: true, changes);
        Assert.True(SiteBuilder.Build(Options(site.Site, site.Site.Output), session).Succeeded);
        var meeting = Directory.GetDirectories(site.Site.PathOf("meetings")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!;
        return (changes, session, meeting);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static BuildOptions Options(TempSite site, string output) => new(site.Root, output, TempSite.Today);

    private static void AssertSame(string expected, string actual, string change)
    {
        var want = ReadAll(expected);
        var got = ReadAll(actual);
        Assert.True(want.Keys.SequenceEqual(got.Keys), $"after {change}: the sets of files differ");
        foreach (var (path, bytes) in want)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(got[path]), $"after {change}: {path} differs");
        }
    }

    private static SortedDictionary<string, byte[]> ReadAll(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
