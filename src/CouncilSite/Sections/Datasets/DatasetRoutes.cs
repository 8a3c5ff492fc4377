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

    /// <summary>A page of a long table: the dataset's page is the first, then <c>page-2/</c> and on.</summary>
    public static string TablePage(string first, int page) => page == 1 ? first : $"{first}page-{page}/";
}
