using CouncilSite.Build.Incremental;

namespace CouncilSite.Tests.Build.Incremental;

public class FolderChangesTests
{
    [Fact]
    public void The_first_build_reads_everything_and_the_next_only_what_was_seen()
    {
        var changes = new FolderChanges();
        Assert.True(changes.Take().IsEverything);

        changes.Saw("news/2025-03-01-litter-pick.md");
        var next = changes.Take();
        Assert.False(next.IsEverything);
        Assert.True(next.Touches("news/2025-03-01-litter-pick.md"));
        Assert.False(changes.Take().Touches("news/2025-03-01-litter-pick.md"));
    }

    [Fact]
    public void Missed_changes_make_the_next_build_read_everything_and_unwatched_folders_every_build()
    {
        var changes = new FolderChanges();
        changes.Take();

        changes.LostTrack();
        Assert.True(changes.Take().IsEverything);
        Assert.False(changes.Take().IsEverything);

        changes.LostTrack(forGood: true);
        Assert.True(changes.Take().IsEverything);
        Assert.True(changes.Take().IsEverything);
    }
}
