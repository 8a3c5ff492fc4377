namespace CouncilSite.Sections.Policies;

/// <summary>Every address of the policy register, built here and nowhere else.</summary>
public static class PolicyRoutes
{
    public const string Index = "/policies/";

    public static string Policy(string slug) => $"/policies/{slug}/";
}
