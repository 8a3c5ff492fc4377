namespace CouncilSite.Sections.Datasets;

/// <summary>A link of the page navigation; a gap stands for pages left out between the links.</summary>
public sealed record PageLinkView(int Number, string Address, bool Current, bool Gap);

/// <summary>The navigation between the pages of a long list or table.</summary>
public sealed record PaginationView(string Label, int Current, int Count, string? Previous, string? Next, IReadOnlyList<PageLinkView> Links);

/// <summary>
/// A long table or list is split over pages: <c>/data/slug/</c>, then <c>/data/slug/page-2/</c> and
/// on (the news, a year of decisions). The navigation names the first and last pages and the two
/// either side of the current one, so it stays short for a file of tens of thousands of rows.
/// </summary>
public static class Pagination
{
    /// <summary>A page's address: the first is the list's own, then <c>page-2/</c> and on below it.</summary>
    public static string Page(string first, int page) => page == 1 ? first : $"{first}page-{page}/";

    /// <summary>How many pages <paramref name="items"/> take at <paramref name="perPage"/> a page; one for none.</summary>
    public static int Count(int items, int perPage) => Math.Max(1, (items + perPage - 1) / perPage);

    /// <summary>The items of page <paramref name="page"/> (from 1) of <paramref name="items"/>, <paramref name="perPage"/> a page.</summary>
    public static List<T> Of<T>(IEnumerable<T> items, int page, int perPage) => items.Skip((page - 1) * perPage).Take(perPage).ToList();

    public static PaginationView? Make(string first, string label, int current, int count)
    {
        if (count <= 1)
        {
            return null;
        }

        var links = new List<PageLinkView>();
        var shown = Enumerable.Range(1, count).Where(p => p == 1 || p == count || Math.Abs(p - current) <= 2).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] != shown[i - 1] + 1)
            {
                links.Add(new PageLinkView(0, "", false, true));
            }

            links.Add(new PageLinkView(shown[i], Page(first, shown[i]), shown[i] == current, false));
        }

        return new PaginationView(label, current, count,
            current > 1 ? Page(first, current - 1) : null,
            current < count ? Page(first, current + 1) : null,
            links);
    }
}
