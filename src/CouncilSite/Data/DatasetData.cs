using CouncilSite.Data.Spend;
using CouncilSite.Data.Tables;
using CouncilSite.Sections.Datasets;

namespace CouncilSite.Data;

/// <summary>A dataset with its file read: the table when it is a CSV file, the totals when it is spend data.</summary>
public sealed record DatasetData(Dataset Dataset, TypedTable? Table, SpendSummary? Spend)
{
    public string Address => DatasetRoutes.Dataset(Dataset.Slug);

    /// <summary>The dates the data covers: the .yml's period, else the first and last dates in spend data.</summary>
    public (DateOnly Start, DateOnly End)? Coverage =>
        Dataset.PeriodStart is { } s && Dataset.PeriodEnd is { } e ? (s, e)
        : Spend is { First: { } first, Last: { } last } ? (first, last)
        : null;
}

/// <summary>Every dataset of the site, each file read once per build.</summary>
public sealed record DataCatalogue(IReadOnlyList<DatasetData> Datasets);
