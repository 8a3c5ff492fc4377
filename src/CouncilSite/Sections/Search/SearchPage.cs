using System.Globalization;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;
using CouncilSite.Sections.Home;
using CouncilSite.Sections.Meetings;

namespace CouncilSite.Sections.Search;

/// <summary>
/// <c>/search/</c>: with JavaScript, results as the resident types; without, an A-Z index of
/// everything that stands on its own page (pages, policies, committees, councillors, documents,
/// datasets) and links to the registers.
/// </summary>
public static class SearchPage
{
    public const string Address = SiteView.SearchAddress;

    /// <summary>Kinds listed in the A-Z index; meetings, minutes, decisions and news are reached through their registers, by date.</summary>
    private static readonly SearchKind[] AzKinds = [SearchKind.Pages, SearchKind.Policies, SearchKind.Councillors, SearchKind.Documents, SearchKind.Data];

    public static HtmlPage Page(SiteModel model)
    {
        var search = SiteSearch.Of(model);
        var format = model.Format;
        var config = model.Content.Config;
        var groups = search.Index.Groups;
        var kinds = groups.Select(g => g.Kind).Distinct().Order()
            .Select(k => new FilterChoice(SearchKinds.Name(k), KindWord(format, k))).ToList();
        var committees = groups.Select(g => g.CommitteeId).OfType<string>().Distinct()
            .Select(id => new FilterChoice(id, config.FindCommittee(id)?.Name ?? id))
            .OrderBy(c => c.Label, StringComparer.InvariantCultureIgnoreCase).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
        var years = groups.Where(g => g.Year > 0).Select(g => g.Year).Distinct().OrderDescending()
            .Select(y => new FilterChoice(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))).ToList();
        var registers = model.Navigation.Where(n => n.Address != HomePage.Address).ToList();
        return new HtmlPage(Address, format.Text("search.title"), "search", [HomePage.Crumb(format)],
            new SearchPageModel("/" + search.Index.ManifestPath, search.Index.Version, kinds, committees, years, registers, Letters(model, search.Listed)),
            Description: format.Text("search.description", ("council", config.Name)));
    }

    /// <summary>A kind's word in the site's language, from the strings: <c>search.kind.decisions</c>.</summary>
    public static string KindWord(Format format, SearchKind kind) => format.Text("search.kind." + SearchKinds.Name(kind));

    private static List<AzLetter> Letters(SiteModel model, IReadOnlyList<SearchListing> entries)
    {
        var committeeWord = model.Format.Text("search.committee");

        // A meeting's papers are reached through their meeting, like its agenda and minutes.
        var papers = model.Content.Meetings.SelectMany(m => m.Papers).Select(p => p.Address).ToHashSet(StringComparer.Ordinal);
        var items = entries
            .Where(e => AzKinds.Contains(e.Kind) && !papers.Contains(e.Address) && !e.Address.Contains('#'))
            .Select(e => new AzItem(e.Title, e.Address, KindWord(model.Format, e.Kind)))
            .Concat(model.Content.Config.Committees.Select(c => new AzItem(c.Name, MeetingRoutes.Committee(c.Id), committeeWord)))
            .Where(i => !string.IsNullOrWhiteSpace(i.Title))
            .DistinctBy(i => i.Address, StringComparer.Ordinal)
            .OrderBy(i => i.Title, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(i => i.Address, StringComparer.Ordinal);
        return items
            .GroupBy(i => LetterOf(i.Title))
            .Select(g => new AzLetter(g.Key, "a-z-" + (g.Key == "#" ? "0" : g.Key.ToLowerInvariant()), g.ToList()))
            .OrderBy(l => l.Letter == "#" ? 0 : 1).ThenBy(l => l.Letter, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The heading a title goes under: its first letter, unaccented and in capitals ("Éco" under E); "#" for a number or anything else.</summary>
    private static string LetterOf(string title)
    {
        var words = SearchLanguage.Words(title);
        var first = words.Count > 0 ? words[0][0] : '#';
        return char.IsAsciiLetter(first) ? char.ToUpperInvariant(first).ToString() : "#";
    }
}
