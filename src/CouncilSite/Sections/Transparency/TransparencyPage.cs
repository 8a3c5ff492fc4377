using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Language;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Home;
using CouncilSite.Transparency;

namespace CouncilSite.Sections.Transparency;

/// <summary>A link to what meets an item.</summary>
public sealed record EvidenceView(string Title, string Address, string? Covers);

/// <summary>One line of the checklist as the page shows it.</summary>
/// <param name="Status">One of <c>current</c>, <c>out-of-date</c>, <c>missing</c>, <c>not-checked</c>, for the theme's styles.</param>
/// <param name="StatusText">The status in words, so it never rests on colour.</param>
public sealed record ChecklistItemView(
    string Id,
    string Title,
    string Requirement,
    Words Source,
    string Current,
    bool Required,
    string Status,
    string StatusText,
    string? Covers,
    string Explanation,
    IReadOnlyList<EvidenceView> Evidence);

/// <summary>The checklist as the page shows it.</summary>
public sealed record ChecklistView(
    string RegimeName,
    string? RegimeUrl,
    string CheckedOn,
    string LatestEndedYear,
    string LatestEndedYearDates,
    string Summary,
    IReadOnlyList<ChecklistItemView> Items);

/// <summary><c>/transparency/</c>: what the council's transparency code asks for, and what of it the site publishes.</summary>
public static class TransparencyPage
{
    public const string Address = "/transparency/";

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        if (TransparencyChecker.Check(content, content.Data, content.Today, model.Format) is not { } report)
        {
            yield break;
        }

        yield return new HtmlPage(Address, model.Format.Text("transparency.title"), "transparency", [HomePage.Crumb(model.Format)],
            new TransparencyPageModel(View(report, model.Format)),
            Description: model.Format.Text("transparency.description", ("council", content.Config.Name), ("regime", report.RegimeName)));
    }

    public static ChecklistView View(TransparencyReport report, Format format)
    {
        var year = report.LatestEndedYear;
        var counts = new[] { ItemStatus.Current, ItemStatus.OutOfDate, ItemStatus.Missing, ItemStatus.NotChecked }
            .Where(s => report.Count(s) > 0)
            .Select(s => format.Text(Keys(s).Count, ("count", report.Count(s))));
        return new ChecklistView(
            report.RegimeName,
            report.Regime.Url,
            format.Date(report.Today),
            year.Label,
            format.Text("dates.range", ("first", format.Date(year.Start)), ("last", format.Date(year.End))),
            format.Text("transparency.summary", ("count", report.Items.Count), ("counts", string.Join(", ", counts))),
            report.Items.Select(i => new ChecklistItemView(
                i.Rule.Id,
                i.Title,
                TransparencyWords.Requirement(i.Rule, format),
                TransparencyWords.Source(i.Rule, format),
                TransparencyWords.Current(i.Rule, format),
                i.Rule.Required,
                Keys(i.Status).Class,
                format.Text(Keys(i.Status).Status),
                i.Covers,
                i.Explanation,
                i.Evidence.Select(e => new EvidenceView(e.Title, e.Address, e.Covers)).ToList())).ToList());
    }

    /// <summary>A status's CSS class, and the strings of its words alone and with a count.</summary>
    private static (string Class, string Status, string Count) Keys(ItemStatus status) => status switch
    {
        ItemStatus.Current => ("current", "transparency.status_current", "transparency.count_current"),
        ItemStatus.OutOfDate => ("out-of-date", "transparency.status_out-of-date", "transparency.count_out-of-date"),
        ItemStatus.Missing => ("missing", "transparency.status_missing", "transparency.count_missing"),
        _ => ("not-checked", "transparency.status_not-checked", "transparency.count_not-checked"),
    };
}
