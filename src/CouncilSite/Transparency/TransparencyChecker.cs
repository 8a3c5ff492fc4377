using CouncilSite.Content;
using CouncilSite.Data;
using CouncilSite.Data.Spend;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Language;
using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.Meetings;
using CouncilSite.Site;
using ThemeFiles = CouncilSite.Rendering.Theme.Theme;

namespace CouncilSite.Transparency;

/// <summary>
/// Checks a site against the rules of its regime on a given day: each item present and current,
/// out of date, missing, or not something the site folder can show.
/// </summary>
public static class TransparencyChecker
{
    private const int MeetingsNamed = 5;

    /// <summary>
    /// The checklist in English, as <c>check</c> prints it before any theme is read (messages to
    /// the clerk stay English); null when site.yml says <c>transparency: none</c>.
    /// </summary>
    public static TransparencyReport? Check(SiteContent content, DataCatalogue data, DateOnly today) =>
        Check(content, data, today, new Format(StringsLoader.Load(ThemeFiles.BuiltIn(), "en-GB", new DiagnosticBag())));

    /// <summary>The checklist with its notes and dates in the words of <paramref name="format"/>, as a page in its language shows it.</summary>
    public static TransparencyReport? Check(SiteContent content, DataCatalogue data, DateOnly today, Format format)
    {
        if (TransparencyRules.For(content.Config.Transparency) is not { } regime)
        {
            return null;
        }

        var items = regime.Rules.Select(rule => (rule.Check switch
        {
            RuleCheck.Published => Published(rule, content, data, today, format),
            RuleCheck.CouncillorResponsibilities => Responsibilities(rule, content, data, today, format),
            RuleCheck.Agendas => Agendas(rule, content.Meetings, today, format),
            RuleCheck.DraftMinutes => Minutes(rule, content.Meetings, today, format),
            _ => new Finding(ItemStatus.NotChecked, null, [], TransparencyWords.Current(rule, format)),
        }).Item(rule, format)).ToList();
        return new TransparencyReport(regime, TransparencyWords.Name(regime, format), today, FinancialYear.Containing(today, content.Config).Previous, items);
    }

    /// <summary>What the checker found of an item, before the item's own words are put with it.</summary>
    private readonly record struct Finding(ItemStatus Status, string? Covers, IReadOnlyList<Evidence> Evidence, string Explanation)
    {
        public ChecklistItem Item(TransparencyRule rule, Format format) =>
            new(rule, TransparencyWords.Title(rule, format), Status, Covers, Evidence, Explanation);
    }

    private readonly record struct Period(DateOnly Start, DateOnly End, string Label);

    /// <param name="Guessed">True for a dataset without a period, taken to cover its first to its last payment.</param>
    private readonly record struct Found(Evidence Evidence, DateOnly? Start, DateOnly? End, bool Guessed = false);

    private static Finding Published(TransparencyRule rule, SiteContent content, DataCatalogue data, DateOnly today, Format format)
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
            found.Add(new Found(new Evidence(dataset.Dataset.Title, dataset.Address, coverage is { } c ? Range(c.Start, c.End, format) : null),
                coverage?.Start, coverage?.End, dataset.Dataset.PeriodStart is null || dataset.Dataset.PeriodEnd is null));
        }

        var evidence = found.OrderByDescending(f => f.End ?? DateOnly.MinValue).ThenBy(f => f.Evidence.Title, StringComparer.Ordinal).Select(f => f.Evidence).ToList();
        if (found.Count == 0)
        {
            return new Finding(ItemStatus.Missing, null, [], format.Text("transparency_note.nothing_published", ("add", WhatToAdd(rule, format))));
        }

        var due = Due(rule, today, config, format);
        var covered = new List<Period>();
        for (var period = due; period.Start <= today; period = Next(rule, period, config, format))
        {
            if (Covers(found, period))
            {
                covered.Add(period);
            }
        }

        if (covered.Count > 0)
        {
            var latest = covered[^1];
            var key = (latest == due ? "transparency_note.current_" : "transparency_note.later_") + (rule.Quarterly ? "quarter" : "year");
            return new Finding(ItemStatus.Current, latest.Label, evidence, format.Text(key, ("period", latest.Label), ("due", due.Label)));
        }

        var older = Previous(rule, due, config, format);
        for (var i = 0; i < 8 && !Covers(found, older); i++)
        {
            older = Previous(rule, older, config, format);
        }

        var undated = found.Any(f => f.Start is null || f.Guessed);
        return new Finding(ItemStatus.OutOfDate, Covers(found, older) ? older.Label : null, evidence,
            format.Text(undated ? "transparency_note.out_of_date_undated" : "transparency_note.out_of_date",
                ("due", due.Label), ("date", format.Date(DueDate(rule, due))), ("add", WhatToAdd(rule, format))));
    }

    /// <summary>Councillors' pages that give roles or responsibilities meet the item on their own, being always up to date.</summary>
    private static Finding Responsibilities(TransparencyRule rule, SiteContent content, DataCatalogue data, DateOnly today, Format format)
    {
        var documents = Published(rule, content, data, today, format);
        var described = content.Councillors.Count(c => c.Responsibilities.Count > 0 || c.Role is not null);
        if (described == 0 || documents.Status == ItemStatus.Current)
        {
            return documents;
        }

        var now = format.Text("transparency_note.now");
        var pages = new Evidence(format.Text("councillors.title"), CouncillorRoutes.Index, now);
        return new Finding(ItemStatus.Current, now, [pages, .. documents.Evidence],
            format.Text("transparency_note.councillor_pages", ("described", described), ("count", content.Councillors.Count)));
    }

    private static Finding Agendas(TransparencyRule rule, IReadOnlyList<Meeting> meetings, DateOnly today, Format format)
    {
        var due = meetings.Where(m => m.Status is not (MeetingStatus.Cancelled or MeetingStatus.Postponed) && m.Date > today.AddYears(-1) && m.Date <= today.AddDays(3)).ToList();
        return MeetingItem(rule, meetings, due, due.Where(m => m.Agenda is null).ToList(), "agendas", format);
    }

    private static Finding Minutes(TransparencyRule rule, IReadOnlyList<Meeting> meetings, DateOnly today, Format format)
    {
        var due = meetings.Where(m => m.Status == MeetingStatus.Held && m.Date > today.AddYears(-1) && m.Date.AddMonths(1) < today).ToList();
        return MeetingItem(rule, meetings, due, due.Where(m => m.Minutes is null).ToList(), "minutes", format);
    }

    /// <param name="what"><c>agendas</c> or <c>minutes</c>: the start of the keys of its notes under <c>transparency_note</c>.</param>
    private static Finding MeetingItem(TransparencyRule rule, IReadOnlyList<Meeting> all, List<Meeting> due, List<Meeting> lacking, string what, Format format)
    {
        if (all.Count == 0)
        {
            return new Finding(ItemStatus.Missing, null, [], format.Text("transparency_note.no_meetings"));
        }

        var evidence = new Evidence(format.Text("meetings.title"), MeetingRoutes.Index, null);
        if (due.Count == 0)
        {
            return new Finding(ItemStatus.Current, null, [evidence], format.Text($"transparency_note.{what}_none_due"));
        }

        var covers = format.Text("transparency_note.meetings_covered",
            ("meetings", format.Plural("transparency_note.meetings", due.Count)), ("dates", Range(due[0].Date, due[^1].Date, format)));
        if (lacking.Count == 0)
        {
            return new Finding(ItemStatus.Current, covers, [evidence], format.Text($"transparency_note.{what}_all"));
        }

        var named = string.Join("; ", lacking.Take(MeetingsNamed).Select(m => $"{m.Committee.Name}, {format.Date(m.Date)}"));
        var more = lacking.Count > MeetingsNamed ? format.Text("transparency_note.and_more", ("count", lacking.Count - MeetingsNamed)) : "";
        return new Finding(lacking.Count == due.Count ? ItemStatus.Missing : ItemStatus.OutOfDate, covers, [evidence],
            format.Text($"transparency_note.{what}_lacking_{(lacking.Count == 1 ? "one" : "other")}",
                ("count", format.Count(lacking.Count)), ("due", format.Count(due.Count)), ("meetings", named + more)));
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
    private static Period Due(TransparencyRule rule, DateOnly today, SiteConfig config, Format format)
    {
        var period = Containing(rule, today, config, format);
        while (DueDate(rule, period) > today)
        {
            period = Previous(rule, period, config, format);
        }

        return period;
    }

    private static DateOnly DueDate(TransparencyRule rule, Period period) => period.End.AddDays(1).AddMonths(rule.DueMonths);

    private static Period Containing(TransparencyRule rule, DateOnly date, SiteConfig config, Format format)
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
        return new Period(start, end, Range(start, end, format));
    }

    private static Period Previous(TransparencyRule rule, Period period, SiteConfig config, Format format) =>
        Containing(rule, period.Start.AddDays(-1), config, format);

    private static Period Next(TransparencyRule rule, Period period, SiteConfig config, Format format) =>
        Containing(rule, period.End.AddDays(1), config, format);

    /// <summary>What the clerk adds to meet the item; its settings ('category: budget') are written as site.yml and front matter spell them, in any language.</summary>
    private static string WhatToAdd(TransparencyRule rule, Format format)
    {
        var or = format.Text("transparency_note.or");
        var ways = new List<string>();
        if (rule.DocumentCategories is { Count: > 0 } categories)
        {
            ways.Add(format.Text("transparency_note.add_document", ("categories", string.Join($"' {or} 'category: ", categories))));
        }

        if (rule.DatasetSchemas is { Count: > 0 } schemas)
        {
            var joined = string.Join($"' {or} 'schema: ", schemas);
            ways.Add(rule.RequiredColumn is { } column
                ? format.Text("transparency_note.add_dataset_column", ("schemas", joined), ("column", column))
                : format.Text("transparency_note.add_dataset", ("schemas", joined)));
        }

        return format.Text("transparency_note.add", ("ways", string.Join($", {or} ", ways)));
    }

    private static string Range(DateOnly first, DateOnly last, Format format) =>
        format.Text("dates.range", ("first", format.Date(first)), ("last", format.Date(last)));
}
