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
    public void Not_knowing_what_changed_touches_everything()
    {
        Assert.True(ChangedPaths.Everything.Touches("news/2025-03-01-litter-pick.md"));
        Assert.False(ChangedPaths.Of([]).Touches("news/2025-03-01-litter-pick.md"));
    }
}
