using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Theme;

namespace CouncilSite.Sections.Datasets;

/// <summary>The list of datasets.</summary>
public sealed record DataPageModel(IReadOnlyList<DatasetView> Datasets) : PageModel
{
    public override string Layout => "layouts/data.html";
}

/// <summary>A dataset's own page: its description and downloads, its spending summary and the first page of its table.</summary>
/// <param name="Table">Null when the dataset has no table to show.</param>
/// <param name="Pagination">Null when the table fits on one page.</param>
/// <param name="Spend">Null unless the dataset is a record of spending.</param>
/// <param name="StructuredData">The dataset as a schema.org dataset, in JSON-LD.</param>
public sealed record DatasetPageModel(
    DatasetView Dataset,
    TableView? Table,
    PaginationView? Pagination,
    SpendView? Spend,
    SafeHtml? StructuredData) : PageModel
{
    public override string Layout => "layouts/dataset.html";
}

/// <summary>A later page of a dataset's table.</summary>
public sealed record DatasetTablePageModel(DatasetView Dataset, TableView? Table, PaginationView? Pagination) : PageModel
{
    public override string Layout => "layouts/dataset-page.html";
}
