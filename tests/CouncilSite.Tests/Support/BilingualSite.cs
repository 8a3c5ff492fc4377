namespace CouncilSite.Tests.Support;

/// <summary>The site.yml of a small council that publishes in English and Welsh, for tests of its two languages.</summary>
public static class BilingualSite
{
    public const string SiteYml = """
        name: {en: Little Bramford Parish Council, cy: Cyngor Plwyf Little Bramford}
        url: https://www.littlebramford-pc.gov.uk
        languages: [en, cy]
        committees:
          - id: full-council
            name: {en: Full Council, cy: Y Cyngor Llawn}
        """;
}
