namespace CouncilSite.Sections.Councillors;

/// <summary>Every address of the councillors section, built here and nowhere else.</summary>
public static class CouncillorRoutes
{
    public const string Index = "/councillors/";

    public static string Councillor(string slug) => $"/councillors/{slug}/";
}
