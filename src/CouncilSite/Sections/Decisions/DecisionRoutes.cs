namespace CouncilSite.Sections.Decisions;

/// <summary>Every address of the decisions register, built here and nowhere else (a decision's own is its place in the minutes).</summary>
public static class DecisionRoutes
{
    public const string Index = "/decisions/";

    public static string Committee(string id) => $"/decisions/{id}/";
}
