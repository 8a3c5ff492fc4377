using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Home;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Meetings.Decisions;

namespace CouncilSite.Sections.Decisions;

/// <summary>
/// The decisions register at <c>/decisions/</c>: its years with their counts and the latest
/// decisions, a page a year (<c>/decisions/2024/</c>, split into <c>page-2/</c> and on when long),
/// and the same for each committee at <c>/decisions/&lt;committee&gt;/</c>, so that a council of
/// thousands of decisions still has small pages that work without JavaScript.
/// </summary>
public static class DecisionPages
{
    /// <summary>How many of the newest decisions a register's first page shows, under their years: those of the last few meetings.</summary>
    public const int Latest = 50;

    /// <summary>How many decisions a page of a year holds: about 50 KB of a typical council's minutes, a quarter of the 200 KB a page may weigh.</summary>
    public const int PerPage = 100;

    private static Crumb Index(Format format) => new(format.Text("decisions.title"), DecisionRoutes.Index);

    /// <summary>
    /// A meeting's decisions as the register shows them, made from the meeting and the site's
    /// strings alone: a preview session keeps them with an unchanged meeting, so the register is not
    /// made again from every meeting's minutes after an edit to one.
    /// </summary>
    private static readonly object KeptDecisions = new();

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        var format = model.Format;
        var views = DecisionRegister.Meetings(content.Meetings).SelectMany(m => Decisions(m, model)).ToList();
        var committees = content.Config.Committees
            .Select(c => new DecisionCommittee(c.Id, c.Name, DecisionRoutes.Committee(c.Id), MeetingRoutes.Committee(c.Id), views.Count(v => v.CommitteeId == c.Id)))
            .ToList();
        var years = ByYear(views, null);
        yield return new HtmlPage(DecisionRoutes.Index, format.Text("decisions.title"), "decisions", [HomePage.Crumb(format)],
            new DecisionsPageModel(Links(years), views.Count, LatestOf(years), committees),
            Description: format.Text("decisions.description", ("council", content.Config.Name)));
        foreach (var page in YearPages(years, null, [HomePage.Crumb(format), Index(format)], model))
        {
            yield return page;
        }

        foreach (var committee in committees)
        {
            var own = ByYear(views.Where(v => v.CommitteeId == committee.Id), committee.Id);
            var title = format.Text("decisions.of_committee", ("committee", committee.Name));
            yield return new HtmlPage(committee.Address, title, "decisions", [HomePage.Crumb(format), Index(format)],
                new DecisionsCommitteePageModel(committee, Links(own), LatestOf(own)),
                Description: format.Text("decisions.committee_description", ("committee", committee.Name), ("council", content.Config.Name)));
            foreach (var page in YearPages(own, committee, [HomePage.Crumb(format), Index(format), new Crumb(title, committee.Address)], model))
            {
                yield return page;
            }
        }
    }

    /// <summary>Each year's page, split into pages of <see cref="PerPage"/>; <paramref name="years"/> are newest first.</summary>
    private static IEnumerable<HtmlPage> YearPages(IReadOnlyList<DecisionYear> years, DecisionCommittee? committee, IReadOnlyList<Crumb> crumbs, SiteModel model)
    {
        var format = model.Format;
        for (var i = 0; i < years.Count; i++)
        {
            var (link, decisions) = (years[i].Link, years[i].Decisions);
            var heading = committee is null
                ? format.Text("decisions.in_year", ("year", link.Year))
                : format.Text("decisions.of_committee_in_year", ("committee", committee.Name), ("year", link.Year));
            var description = format.Text("decisions.year_description", ("heading", heading), ("council", model.Content.Config.Name));
            var count = Pagination.Count(decisions.Count, PerPage);
            for (var page = 1; page <= count; page++)
            {
                var shown = Pagination.Of(decisions, page, PerPage);
                var pagination = Pagination.Make(link.Address, format.Text("decisions.pages_of", ("heading", heading)), page, count);
                var earlier = i + 1 < years.Count ? years[i + 1].Link : null;
                var later = i > 0 ? years[i - 1].Link : null;
                var pageModel = new DecisionsYearPageModel(committee, heading, link, shown, earlier, later, pagination);
                yield return page == 1
                    ? new HtmlPage(link.Address, heading, "decisions", crumbs, pageModel, Description: description)
                    : new HtmlPage(DecisionRoutes.YearPage(link.Year, committee?.Id, page),
                        format.Text("decisions.page_title", ("heading", heading), ("page", page), ("count", count)), "decisions",
                        [.. crumbs, new Crumb(heading, link.Address)], pageModel, Description: description);
            }
        }
    }

    internal static IReadOnlyList<DecisionView> Decisions(Meeting meeting, SiteModel model) =>
        model.Parts.Of<IReadOnlyList<DecisionView>>(KeptDecisions, meeting,
            () => meeting.Minutes!.Decisions.Select(d => DecisionView.From(new Decision(meeting, d), model.Format)).ToList());

    /// <summary>The decisions by year, newest first, as the register's order already is.</summary>
    private static List<DecisionYear> ByYear(IEnumerable<DecisionView> views, string? committeeId) =>
        views.GroupBy(v => v.Year)
            .Select(g => g.ToList())
            .Select(g => new DecisionYear(new DecisionYearLink(g[0].Year, g.Count, DecisionRoutes.Year(g[0].Year, committeeId)), g))
            .ToList();

    private static List<DecisionYearLink> Links(IEnumerable<DecisionYear> years) => years.Select(y => y.Link).ToList();

    /// <summary>The newest <see cref="Latest"/> decisions under their years: in January, the end of the year before as well.</summary>
    private static List<DecisionYear> LatestOf(IReadOnlyList<DecisionYear> years)
    {
        var latest = new List<DecisionYear>();
        var left = Latest;
        foreach (var year in years.TakeWhile(_ => left > 0))
        {
            latest.Add(year with { Decisions = year.Decisions.Take(left).ToList() });
            left -= latest[^1].Decisions.Count;
        }

        return latest;
    }
}
