using CouncilSite.Search;

namespace CouncilSite.Sections.Datasets;

/// <summary>
/// What the site's search finds of the open data: each dataset's page by its title, description,
/// publisher and column titles, and for spending data every supplier paid, once each, so "Meadowplay"
/// finds the spending that names it.
/// </summary>
public static class DatasetSearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model) =>
        model.Content.Data.Datasets.Select(data =>
        {
            var view = DatasetView.From(data, model.Format);
            var suppliers = (data.Spend?.Suppliers ?? []).Select(s => SpendViews.Supplier(s, model.Format)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            return new SearchEntry(view.Address, view.Title, SearchKind.Data,
                SearchText.Lines([view.Description, view.Publisher, .. view.Columns.Select(c => c.Title), .. suppliers]),
                data.Dataset.Updated);
        });
}
