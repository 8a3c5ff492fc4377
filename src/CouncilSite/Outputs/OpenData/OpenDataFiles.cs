using CouncilSite.Content;
using CouncilSite.Data;

namespace CouncilSite.Outputs.OpenData;

/// <summary>
/// The machine-readable files beside the data pages: per CSV dataset its JSON rows and CSV on the
/// Web metadata; for the site one Frictionless <c>datapackage.json</c> and, when the url is known,
/// the DCAT <c>data.json</c>. Each is made from the one typed table read during the build.
/// </summary>
public static class OpenDataFiles
{
    public static IReadOnlyList<OutputFile> Make(SiteContent content, DataCatalogue data)
    {
        var files = new List<OutputFile>();
        if (data.Datasets.Count == 0)
        {
            return files;
        }

        var all = data.Datasets.Select(d => new DatasetAddresses(d, content.Config)).ToList();
        foreach (var addresses in all)
        {
            if (addresses.Data.Table is { } table)
            {
                files.Add(OutputFile.At(addresses.Json, DatasetJson.Write(addresses, table)));
                files.Add(OutputFile.At(addresses.Metadata, CsvwMetadata.Write(addresses, table)));
            }
        }

        files.Add(OutputFile.Made(DataPackage.FileName, DataPackage.Write(content, all)));
        if (content.Config.Url is not null)
        {
            files.Add(OutputFile.Made(DcatCatalogue.FileName, DcatCatalogue.Write(content, all)));
        }

        return files;
    }
}
