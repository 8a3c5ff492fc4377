using CouncilSite.Data;
using CouncilSite.Data.Tables;
using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.OpenData;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.Home;

namespace CouncilSite.Sections.Datasets;

/// <summary>
/// The open data pages: <c>/data/</c> lists every dataset; <c>/data/&lt;slug&gt;/</c> describes one,
/// with its downloads, its spending summary and the first rows of its table. A long table goes on
/// over <c>/data/&lt;slug&gt;/page-2/</c> and on, so every row is readable in the browser while no page
/// grows beyond a couple of hundred kilobytes, whatever the size of the file.
/// </summary>
public static class DataPages
{
    /// <summary>Cells per page: about 120 KB of table, so a page of any width stays small.</summary>
    public const int CellsPerPage = 2000;

    private static Crumb Data(Format format) => new(format.Text("data.title"), DatasetRoutes.Index);

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        var data = content.Data;
        var views = data.Datasets.ToDictionary(d => d, d => DatasetView.From(d, model.Format));
        yield return new HtmlPage(DatasetRoutes.Index, model.Format.Text("data.title"), "data", [HomePage.Crumb(model.Format)],
            new DataPageModel(data.Datasets.Select(d => views[d]).ToList()),
            Description: model.Format.Text("data.description", ("council", content.Config.Name)));

        foreach (var dataset in data.Datasets)
        {
            foreach (var page in DatasetPages(model, dataset, views[dataset]))
            {
                yield return page;
            }
        }
    }

    /// <summary>Rows a page holds: fewer for wide tables, in steps of 25, never fewer than 25.</summary>
    public static int RowsPerPage(TypedTable table) => Math.Max(25, CellsPerPage / Math.Max(1, table.Columns.Count) / 25 * 25);

    private static IEnumerable<HtmlPage> DatasetPages(SiteModel model, DatasetData data, DatasetView view)
    {
        var content = model.Content;
        var table = data.Table;
        var perPage = table is null ? 1 : RowsPerPage(table);
        var count = table is null ? 1 : Pagination.Count(table.Rows.Count, perPage);
        var jsonLd = DatasetJsonLd.Write(content, new DatasetAddresses(data, content.Config));
        for (var page = 1; page <= count; page++)
        {
            var address = Pagination.Page(data.Address, page);
            var rows = table is null ? null : Table(table, view.Title, page, perPage, count, model.Format);
            var pagination = Pagination.Make(data.Address, model.Format.Text("data.pages_of", ("title", view.Title)), page, count);
            if (page == 1)
            {
                yield return new HtmlPage(address, view.Title, "data", [HomePage.Crumb(model.Format), Data(model.Format)],
                    new DatasetPageModel(view, rows, pagination, data.Spend is { } spend ? SpendViews.Make(spend, model.Format) : null, SafeHtml.Of(jsonLd)),
                    Description: view.Description ?? model.Format.Text("data.dataset_description", ("title", view.Title), ("council", content.Config.Name)));
            }
            else
            {
                yield return new HtmlPage(address, model.Format.Text("data.page_title", ("title", view.Title), ("page", page), ("count", count)), "data",
                    [HomePage.Crumb(model.Format), Data(model.Format), new Crumb(view.Title, data.Address)], new DatasetTablePageModel(view, rows, pagination));
            }
        }
    }

    private static TableView Table(TypedTable table, string title, int page, int perPage, int count, Format format)
    {
        var first = ((page - 1) * perPage) + 1;
        var last = Math.Min(page * perPage, table.Rows.Count);
        var caption = count == 1 ? title : format.Text("data.rows_caption", ("title", title), ("first", format.Count(first)), ("last", format.Count(last)), ("count", format.Count(table.Rows.Count)));
        return DataTableView.Make(table, table.Rows.Skip(first - 1).Take(perPage), caption, format);
    }
}
