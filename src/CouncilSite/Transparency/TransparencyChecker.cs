using System.Globalization;
using CouncilSite.Content;
using CouncilSite.Data;
using CouncilSite.Data.Spend;
using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.Meetings;
using CouncilSite.Site;

namespace CouncilSite.Transparency;

/// <summary>
/// Checks a site against the rules of its regime on a given day: each item present and current,
/// out of date, missing, or not something the site folder can show.
/// </summary>
public static class TransparencyChecker
{
    private const int MeetingsNamed = 5;

    /// <summary>The checklist, or null when site.yml says <c>transparency: none</c>.</summary>
    public static TransparencyReport? Check(SiteContent content, DataCatalogue data, DateOnly today)
    {
        if (TransparencyRules.For(content.Config.Transparency) is not { } regime)
        {
            return null;
        }

        var items = regime.Rules.Select(rule => rule.Check switch
        {
            RuleCheck.Published => Published(rule, content, data, today),
            RuleCheck.CouncillorResponsibilities => Responsibilities(rule, content, data, today),
            RuleCheck.Agendas => Agendas(rule, content.Meetings, today),
            RuleCheck.DraftMinutes => Minutes(rule, content.Meetings, today),
            _ => new ChecklistItem(rule, ItemStatus.NotChecked, null, [], rule.Current),
        }).ToList();
        return new TransparencyReport(regime, today, FinancialYear.Containing(today, content.Config).Previous, items);
    }

    private readonly record struct Period(DateOnly Start, DateOnly End, string Label);

    /// <param name="Guessed">True for a dataset without a period, taken to cover its first to its last payment.</param>
    private readonly record struct Found(Evidence Evidence, DateOnly? Start, DateOnly? End, bool Guessed = false);

    private static ChecklistItem Published(TransparencyRule rule, SiteContent content, DataCatalogue data, DateOnly today)
    {
        var config = content.Config;
        var found = new List<Found>();
        foreach (var document in content.Documents.Where(d => rule.DocumentCategories?.Contains(d.Category) == true))
        {
            var year = FinancialYear.Parse(document.FinancialYear, config)
                ?? (document.Date is { } date ? FinancialYear.Containing(date, config) : null);
            found.Add(new Found(new Evidence(document.Title, document.Address, year?.Label), year?.Start, year?.End));
        }

        foreach (var dataset in data.Datasets.Where(d => rule.DatasetSchemas?.Contains(d.Dataset.Schema) == true && HasColumn(d, rule.RequiredColumn)))
        {
            var coverage = dataset.Coverage;
            found.Add(new Found(new Evidence(dataset.Dataset.Title, dataset.Address, coverage is { } c ? $"{DateText(c.Start)} to {DateText(c.End)}" : null),
                coverage?.Start, coverage?.End, dataset.Dataset.PeriodStart is null || dataset.Dataset.PeriodEnd is null));
        }

        var evidence = found.OrderByDescending(f => f.End ?? DateOnly.MinValue).ThenBy(f => f.Evidence.Title, StringComparer.Ordinal).Select(f => f.Evidence).ToList();
        if (found.Count == 0)
        {
            return new ChecklistItem(rule, ItemStatus.Missing, null, [], $"Nothing is published for this. {WhatToAdd(rule)}");
        }

        var due = Due(rule, today, config);
        var covered = new List<Period>();
        for (var period = due; period.Start <= today; period = Next(rule, period, config))
        {
            if (Covers(found, period))
            {
                covered.Add(period);
            }
        }

        if (covered.Count > 0)
        {
            var latest = covered[^1];
            var note = latest == due ? $"the {Unit(rule)} now due" : $"later than {due.Label}, the {Unit(rule)} now due";
            return new ChecklistItem(rule, ItemStatus.Current, latest.Label, evidence, $"Published for {latest.Label}, {note}.");
        }

        var older = Previous(rule, due, config);
        for (var i = 0; i < 8 && !Covers(found, older); i++)
        {
            older = Previous(rule, older, config);
        }

        var undated = found.Any(f => f.Start is null || f.Guessed)
            ? " Give each document its financial_year, and each dataset its period (start and end), so the year it covers is known; a dataset without one is taken to cover only its first to its last date."
            : "";
        return new ChecklistItem(rule, ItemStatus.OutOfDate, Covers(found, older) ? older.Label : null, evidence,
            $"Nothing published covers {due.Label}, which was due by {DateText(DueDate(rule, due))}. {WhatToAdd(rule)}{undated}");
    }

    /// <summary>Councillors' pages that give roles or responsibilities meet the item on their own, being always up to date.</summary>
    private static ChecklistItem Responsibilities(TransparencyRule rule, SiteContent content, DataCatalogue data, DateOnly today)
    {
        var documents = Published(rule, content, data, today);
        var described = content.Councillors.Count(c => c.Responsibilities.Count > 0 || c.Role is not null);
        if (described == 0 || documents.Status == ItemStatus.Current)
        {
            return documents;
        }

        var pages = new Evidence("Councillors", CouncillorRoutes.Index, "Now");
        return new ChecklistItem(rule, ItemStatus.Current, "Now", [pages, .. documents.Evidence],
            $"The councillors' pages give the roles or responsibilities of {described} of the {content.Councillors.Count} councillors; they show the council as it is now.");
    }

    private static ChecklistItem Agendas(TransparencyRule rule, IReadOnlyList<Meeting> meetings, DateOnly today)
    {
        var due = meetings.Where(m => m.Status is not (MeetingStatus.Cancelled or MeetingStatus.Postponed) && m.Date > today.AddYears(-1) && m.Date <= today.AddDays(3)).ToList();
        return MeetingItem(rule, meetings, due, due.Where(m => m.Agenda is null).ToList(), "agenda", "No meeting needs an agenda yet.");
    }

    private static ChecklistItem Minutes(TransparencyRule rule, IReadOnlyList<Meeting> meetings, DateOnly today)
    {
        var due = meetings.Where(m => m.Status == MeetingStatus.Held && m.Date > today.AddYears(-1) && m.Date.AddMonths(1) < today).ToList();
        return MeetingItem(rule, meetings, due, due.Where(m => m.Minutes is null).ToList(), "minutes", "No meeting held more than a month ago needs minutes yet.");
    }

    private static ChecklistItem MeetingItem(TransparencyRule rule, IReadOnlyList<Meeting> all, List<Meeting> due, List<Meeting> lacking, string what, string noneDue)
    {
        if (all.Count == 0)
        {
            return new ChecklistItem(rule, ItemStatus.Missing, null, [], "No meetings are published. Add a folder for each meeting to meetings/.");
        }

        var evidence = new Evidence("Meetings", MeetingRoutes.Index, null);
        if (due.Count == 0)
        {
            return new ChecklistItem(rule, ItemStatus.Current, null, [evidence], noneDue);
        }

        var covers = $"{Plural(due.Count, "meeting")}, {DateText(due[0].Date)} to {DateText(due[^1].Date)}";
        if (lacking.Count == 0)
        {
            return new ChecklistItem(rule, ItemStatus.Current, covers, [evidence], $"Every one of these meetings has its {what} on the site.");
        }

        var named = string.Join("; ", lacking.Take(MeetingsNamed).Select(m => $"{m.Committee.Name}, {DateText(m.Date)}"));
        var more = lacking.Count > MeetingsNamed ? $"; and {lacking.Count - MeetingsNamed} more" : "";
        return new ChecklistItem(rule, lacking.Count == due.Count ? ItemStatus.Missing : ItemStatus.OutOfDate, covers, [evidence],
            $"{Plural(lacking.Count, "meeting")} of {due.Count} {(lacking.Count == 1 ? "has" : "have")} no {what} on the site: {named}{more}.");
    }

    private static bool HasColumn(DatasetData dataset, string? column) =>
        column is null || dataset.Table?.Columns.Any(c => SpendColumns.Key(c.Name) == SpendColumns.Key(column)) == true;

    /// <summary>Whether the published periods together cover every day of the period, gaps and overlaps allowed.</summary>
    private static bool Covers(List<Found> found, Period period)
    {
        var next = period.Start;
        foreach (var (start, end) in found.Where(f => f.Start is not null && f.End is not null).Select(f => (f.Start!.Value, f.End!.Value)).OrderBy(f => f.Item1))
        {
            if (start > next)
            {
                break;
            }

            if (end >= next)
            {
                next = end.AddDays(1);
            }

            if (next > period.End)
            {
                return true;
            }
        }

        return next > period.End;
    }

    /// <summary>The latest year (or quarter) whose due date has come.</summary>
    private static Period Due(TransparencyRule rule, DateOnly today, SiteConfig config)
    {
        var period = Containing(rule, today, config);
        while (DueDate(rule, period) > today)
        {
            period = Previous(rule, period, config);
        }

        return period;
    }

    private static DateOnly DueDate(TransparencyRule rule, Period period) => period.End.AddDays(1).AddMonths(rule.DueMonths);

    private static Period Containing(TransparencyRule rule, DateOnly date, SiteConfig config)
    {
        var year = FinancialYear.Containing(date, config);
        if (!rule.Quarterly)
        {
            return new Period(year.Start, year.End, year.Label);
        }

        var start = year.Start;
        while (start.AddMonths(3) <= date)
        {
            start = start.AddMonths(3);
        }

        var end = start.AddMonths(3).AddDays(-1);
        return new Period(start, end, $"{DateText(start)} to {DateText(end)}");
    }

    private static Period Previous(TransparencyRule rule, Period period, SiteConfig config) => Containing(rule, period.Start.AddDays(-1), config);

    private static Period Next(TransparencyRule rule, Period period, SiteConfig config) => Containing(rule, period.End.AddDays(1), config);

    private static string Unit(TransparencyRule rule) => rule.Quarterly ? "quarter" : "financial year";

    private static string WhatToAdd(TransparencyRule rule)
    {
        var ways = new List<string>();
        if (rule.DocumentCategories is { Count: > 0 } categories)
        {
            ways.Add($"a document in documents/ with 'category: {string.Join("' or 'category: ", categories)}' and its financial_year");
        }

        if (rule.DatasetSchemas is { Count: > 0 } schemas)
        {
            ways.Add($"a dataset in data/ with 'schema: {string.Join("' or 'schema: ", schemas)}' and its period" +
                     (rule.RequiredColumn is { } column ? $", with a '{column}' column" : ""));
        }

        return $"Add {string.Join(", or ", ways)}.";
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>
    /// The report is also what <c>check</c> prints, before any theme is read, so it is written in
    /// English; its dates as English pages write them.
    /// </summary>
    private static string DateText(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
