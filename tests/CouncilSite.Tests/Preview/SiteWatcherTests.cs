using CouncilSite.Build.Incremental;
using CouncilSite.Preview;

namespace CouncilSite.Tests.Preview;

public sealed class SiteWatcherTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("councilsite-watch-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_folder_the_system_will_not_watch_in_full_is_looked_over_instead_and_no_save_is_missed()
    {
        Directory.CreateDirectory(Path.Combine(_root, "meetings", "2025-01-08-full-council"));
        var minutes = Path.Combine(_root, "meetings", "2025-01-08-full-council", "minutes.md");
        await File.WriteAllTextAsync(minutes, "# Minutes\n");
        var changes = new FolderChanges();
        var changed = new SemaphoreSlim(0);
        var told = new List<Exception>();
        using var watcher = new SiteWatcher(_root, null, TimeSpan.FromMilliseconds(50), changes, () => changed.Release(), told.Add);

        // What the watcher reports when the system's limit of watched folders is reached.
        watcher.Failed(new IOException("The configured user limit on the number of inotify watches has been reached."));
        Assert.True(await changed.WaitAsync(TimeSpan.FromSeconds(5)), "a failure is followed by a full rebuild");
        Assert.Single(told);
        Assert.True(changes.Take().IsEverything);

        // The first look gives the watcher up; from then on only looking over the folder can notice these.
        await Task.Delay(SiteWatcher.LookEvery + TimeSpan.FromSeconds(1));
        Assert.True(watcher.Looking);
        while (changed.CurrentCount > 0)
        {
            await changed.WaitAsync();
        }

        await File.AppendAllTextAsync(minutes, "\nRESOLVED: that the minutes be approved.\n");
        Assert.True(await changed.WaitAsync(SiteWatcher.LookEvery * 3), "an edit is noticed");
        Directory.CreateDirectory(Path.Combine(_root, "meetings", "2025-02-12-full-council"));
        Assert.True(await changed.WaitAsync(SiteWatcher.LookEvery * 3), "a new folder is noticed");
        Assert.True(changes.Take().IsEverything);

        // Nothing changed: nothing is told.
        Assert.False(await changed.WaitAsync(SiteWatcher.LookEvery * 2));
    }
}
