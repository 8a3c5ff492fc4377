using CouncilSite.Site;

namespace CouncilSite.Tests.Site;

public class ChangedPathsTests
{
    [Fact]
    public void A_change_touches_its_file_and_every_folder_above_it_but_not_its_neighbours()
    {
        var changes = ChangedPaths.Of(["meetings/2025-01-08-full-council/minutes.md"]);

        Assert.True(changes.Touches("meetings/2025-01-08-full-council/minutes.md"));
        Assert.True(changes.Touches("meetings/2025-01-08-full-council"));
        Assert.True(changes.Touches("meetings"));
        Assert.False(changes.Touches("meetings/2025-02-12-full-council"));
        Assert.False(changes.Touches("meetings/2025-01-08-full-council/agenda.md"));
        Assert.False(changes.Touches("meetings/2025-01-08"));
    }

    [Fact]
    public void Editing_a_file_in_place_keeps_every_listing_and_renaming_one_changes_its_folders()
    {
        var edited = ChangedPaths.Of(["meetings/2025-01-08-full-council/minutes.md"]);
        Assert.False(edited.ChangesListing("meetings/2025-01-08-full-council", recursive: false));
        Assert.False(edited.ChangesListing("meetings", recursive: true));

        var renamed = ChangedPaths.Of(
            ["meetings/2025-01-08-full-council", "meetings/2025-01-09-full-council"],
            named: ["meetings/2025-01-08-full-council", "meetings/2025-01-09-full-council"]);
        Assert.True(renamed.ChangesListing("meetings", recursive: false));
        Assert.True(renamed.ChangesListing("meetings/2025-01-09-full-council", recursive: false));
        Assert.True(renamed.ChangesListing("", recursive: true));
        Assert.False(renamed.ChangesListing("", recursive: false));
        Assert.False(renamed.ChangesListing("news", recursive: true));
    }

    [Fact]
    public void A_folder_renamed_or_replaced_touches_everything_below_it()
    {
        // What a watcher reports for "mv meetings meetings-old; mv meetings-new meetings": the folders, not their files.
        var replaced = ChangedPaths.Of(["meetings", "meetings-old", "meetings-new"], named: ["meetings", "meetings-old", "meetings-new"]);

        Assert.True(replaced.Touches("meetings/2025-01-08-full-council"));
        Assert.True(replaced.ChangesListing("meetings/2025-01-08-full-council", recursive: false));
        Assert.False(replaced.Touches("news/2025-03-01-litter-pick.md"));
    }

    [Fact]
    public void Not_knowing_what_changed_touches_everything()
    {
        Assert.True(ChangedPaths.Everything.Touches("news/2025-03-01-litter-pick.md"));
        Assert.True(ChangedPaths.Everything.ChangesListing("news", recursive: false));
        Assert.False(ChangedPaths.Of([]).Touches("news/2025-03-01-litter-pick.md"));
    }
}
