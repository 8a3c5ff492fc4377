using CouncilSite.Site;
using CouncilSite.Starter;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Starter;

/// <summary>New sites for the tests: an empty folder, filled by <see cref="NewSite"/>, and deleted at the end.</summary>
internal static class Starters
{
    public static readonly DateOnly Today = TempSite.Today;

    public static StarterCouncil Council(
        string name = "Little Bramford Parish Council",
        CouncilKind kind = CouncilKind.Parish,
        Nation nation = Nation.England,
        GitHost? workflow = null,
        Clerk? clerk = null,
        string[]? committees = null) =>
        new(name, kind, nation, StarterAnswers.Committees(committees ?? ["Planning Committee"]).Value,
            clerk ?? new Clerk("Sarah Pennington", "clerk@littlebramford-pc.gov.uk", "01632 960412", "Parish Office, Village Hall, Church Lane, LB1 2CD"),
            null, workflow);

    /// <summary>An empty temporary folder, with the output folder beside it.</summary>
    public static TempSite EmptyFolder()
    {
        var site = new TempSite();
        site.Delete(SiteConfigLoader.FileName);
        return site;
    }

    public static TempSite Written(StarterCouncil council)
    {
        var site = EmptyFolder();
        var result = NewSite.Write(site.Root, council, Today);
        Assert.Null(result.Refusal);
        return site;
    }

    public static StarterSite Open(TempSite site) => StarterSite.Open(site.Root).Site ?? throw new InvalidOperationException("site.yml did not load");
}
