using CouncilSite.Content;
using CouncilSite.Settings;

namespace CouncilSite.Sections.Datasets;

/// <summary>Loads <c>data/</c>: CSV files (and other open formats) each with a <c>.yml</c> sidecar.</summary>
public static class DatasetLoader
{
    public const string Folder = "data";
    public const string DefaultLicence = "OGL-UK-3.0";

    public static IReadOnlyList<Dataset> Load(LoadContext context)
    {
        var datasets = new List<Dataset>();
        foreach (var item in SidecarFiles.Collect(Folder, context, _ => false, "dataset", ContentSettings.Dataset))
        {
            var fields = item.Fields;
            var period = fields?.Map("period");
            var columns = new List<DatasetColumn>();
            if (fields?.Map("columns") is { } map)
            {
                foreach (var name in map.Keys)
                {
                    var column = map.Map(name);
                    columns.Add(new DatasetColumn(name, column?.String("title"), column?.String("type"), column?.String("description")));
                }
            }

            datasets.Add(new Dataset(
                item.Slug,
                fields?.String("title") ?? Titles.FromSlug(item.Name),
                fields?.String("description"),
                fields?.String("licence") ?? DefaultLicence,
                fields?.String("publisher") ?? context.Config.Name,
                period?.Date("start"),
                period?.Date("end"),
                fields?.OneOf("schema") ?? "custom",
                columns,
                fields?.Date("updated"),
                item.File,
                fields?.Extra() ?? new Dictionary<string, object?>()));
        }

        return datasets;
    }
}
