namespace CouncilSite.Sections.Datasets;

/// <summary>Every address of the open data section, built here and nowhere else (a dataset's file keeps its own, <see cref="Dataset.FileAddress"/>).</summary>
public static class DatasetRoutes
{
    public const string Index = "/data/";

    public static string Dataset(string slug) => $"/data/{slug}/";

    /// <summary>The dataset's rows as JSON.</summary>
    public static string Json(string slug) => $"/data/{slug}.json";

    /// <summary>The CSV on the Web metadata, named as the standard looks for it beside the file.</summary>
    public static string Metadata(string fileAddress) => $"{fileAddress}-metadata.json";
}
