using CouncilSite.Data.Csv;
using CouncilSite.Data.Spend;
using CouncilSite.Data.Tables;
using CouncilSite.Diagnostics;
using CouncilSite.Sections.Datasets;
using CouncilSite.Site;

namespace CouncilSite.Data;

/// <summary>Reads the file of every dataset (in parallel, in a stable order): CSV into a typed table, spend data into totals.</summary>
public static class DataCatalogueReader
{
    public static DataCatalogue Read(IReadOnlyList<Dataset> datasets, SiteFolder folder, DiagnosticBag diagnostics)
    {
        var read = new DatasetData[datasets.Count];
        Parallel.For(0, read.Length, i => read[i] = Read(datasets[i], folder, diagnostics));
        return new DataCatalogue(read);
    }

    public static DatasetData Read(Dataset dataset, SiteFolder folder, DiagnosticBag diagnostics)
    {
        if (dataset.File.Extension != ".csv" || folder.ReadBytes(dataset.File.File, FileLimit.Csv) is not { } bytes)
        {
            return new DatasetData(dataset, null, null);
        }

        var csv = CsvFileReader.Read(dataset.File.File, bytes, diagnostics);
        if (csv is null)
        {
            return new DatasetData(dataset, null, null);
        }

        var roles = dataset.Schema == "spend" ? SpendColumns.Validate(csv, diagnostics) : null;
        var table = TableTyper.Type(csv, dataset.Columns, roles, diagnostics);
        return new DatasetData(dataset, table, roles is null ? null : SpendAnalysis.Summarise(table, roles));
    }
}
