using System.Globalization;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build.Incremental;

/// <summary>
/// A generated council folder that a seeded random clerk edits: meetings are added, renamed and
/// deleted, minutes, policies and news are rewritten, links are added between them. Every step
/// leaves a folder that builds without errors, unless the step is a deliberate mistake.
/// </summary>
public sealed class EditableSite : IDisposable
{
    private static readonly string[] Committees = ["full-council", "planning"];
    private readonly Random _random;
    private readonly List<string> _meetings = [];
    private readonly List<string> _news = [];
    private int _counter;

    public EditableSite(int seed, int meetings)
    {
        _random = new Random(seed);
        Site = new TempSite();
        Site.Write("pages/index.md", "Welcome. See the [meetings](/meetings/) and the [standing orders](../policies/standing-orders.md).");
        Site.Write("pages/about.md", "---\ntitle: About\nnav: true\n---\nSeven councillors. Our [policies](/policies/).");
        Site.Write("policies/standing-orders.md", "---\ntitle: Standing orders\nadopted: 2024-05-01\n---\n## Meetings\n\nThe council meets monthly.");
        Site.Write("policies/complaints.md", "---\ntitle: Complaints\nadopted: 2023-01-10\n---\nWrite to the clerk. See [standing orders](standing-orders.md#meetings).");
        Site.Write("static/images/sign.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        for (var i = 0; i < meetings; i++)
        {
            AddMeeting();
        }

        for (var i = 0; i < 3; i++)
        {
            AddNews();
        }
    }

    public TempSite Site { get; }

    /// <summary>One random clerk's action; returns what it did, for the failure message.</summary>
    public string Step()
    {
        switch (_random.Next(9))
        {
            case 0:
                return AddMeeting();
            case 1 when _meetings.Count > 2:
                return RenameMeeting();
            case 2 when _meetings.Count > 2:
                var gone = Pick(_meetings);
                Site.Delete($"meetings/{gone}");
                _meetings.Remove(gone);
                RewriteLinks();
                return $"deleted meeting {gone}";
            case 3:
                var minutes = Pick(_meetings);
                Site.Write($"meetings/{minutes}/minutes.md", Minutes(minutes));
                return $"rewrote the minutes of {minutes}";
            case 4:
                var settings = Pick(_meetings);
                Site.Write($"meetings/{settings}/meeting.yml", $"time: \"{_random.Next(9, 21)}:30\"\nlocation: Room {_random.Next(1, 9)}\n");
                return $"changed the time of {settings}";
            case 5:
                Site.Write("policies/complaints.md", $"---\ntitle: Complaints procedure {Next()}\nadopted: 2023-01-10\n---\nWrite to the clerk about [{Pick(_meetings)}](/meetings/{Pick(_meetings)}/).");
                return "retitled a policy and linked it to a meeting";
            case 6:
                return AddNews();
            case 7 when _news.Count > 1:
                var item = Pick(_news);
                Site.Delete(item);
                _news.Remove(item);
                return $"deleted {item}";
            default:
                Site.Write("pages/about.md", $"---\ntitle: About us {Next()}\nnav: {(_random.Next(2) == 0 ? "true" : "false")}\n---\nSeven councillors. See [the last meeting](/meetings/{Pick(_meetings)}/).");
                return "edited the about page";
        }
    }

    /// <summary>A link to nowhere: the build must fail and change nothing.</summary>
    public string BreakALink()
    {
        var meeting = Pick(_meetings);
        Site.Write($"meetings/{meeting}/minutes.md", Minutes(meeting) + "\nSee [the old plan](/plans/gone/).\n");
        return meeting;
    }

    public void Mend(string meeting) => Site.Write($"meetings/{meeting}/minutes.md", Minutes(meeting));

    private string AddMeeting()
    {
        var id = NewMeetingId();
        Site.Write($"meetings/{id}/meeting.yml", "time: \"19:30\"\nlocation: Village Hall\n");
        Site.Write($"meetings/{id}/agenda.md", $"1. Apologies\n2. Minutes of the [last meeting](/meetings/)\n\n| Item | Lead |\n|---|---|\n| Budget | Clerk |\n");
        Site.Write($"meetings/{id}/minutes.md", Minutes(id));
        _meetings.Add(id);
        return $"added meeting {id}";
    }

    private string RenameMeeting()
    {
        var old = Pick(_meetings);
        var renamed = NewMeetingId();
        Directory.Move(Site.PathOf($"meetings/{old}"), Site.PathOf($"meetings/{renamed}"));
        _meetings[_meetings.IndexOf(old)] = renamed;
        RewriteLinks();
        return $"renamed meeting {old} to {renamed}";
    }

    /// <summary>Links to a meeting that moved or went would be broken: the clerk rewrites the files that may use them.</summary>
    private void RewriteLinks()
    {
        foreach (var id in _meetings)
        {
            Site.Write($"meetings/{id}/minutes.md", Minutes(id));
        }

        Site.Write("pages/about.md", "---\ntitle: About\nnav: true\n---\nSeven councillors.");
        Site.Write("policies/complaints.md", "---\ntitle: Complaints\nadopted: 2023-01-10\n---\nWrite to the clerk.");
    }

    private string AddNews()
    {
        var file = $"news/2025-{_random.Next(1, 13):00}-{_random.Next(1, 28):00}-notice-{Next()}.md";
        Site.Write(file, $"---\ntitle: Notice {Next()}\n---\nThe {Pick(Committees).Replace('-', ' ')} meets soon. See [meetings](/meetings/).");
        _news.Add(file);
        return $"added {file}";
    }

    private string Minutes(string id)
    {
        var other = _meetings.Where(m => m != id).ToList();
        var link = other.Count == 0 ? "" : $"\n\nSee also the [minutes of {other[0]}](../{other[0]}/minutes.md).";
        return $"---\nstatus: approved\n---\n## Present\n\nCouncillors A and B ({Next()}).\n\n5.1 RESOLVED: That the report be noted.{link}\n";
    }

    private string NewMeetingId()
    {
        string id;
        do
        {
            var date = new DateOnly(2020, 1, 1).AddDays(_random.Next(0, 1500));
            id = $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Pick(Committees)}";
        }
        while (_meetings.Contains(id) || Directory.Exists(Site.PathOf($"meetings/{id}")));

        return id;
    }

    private string Next() => (++_counter).ToString(CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public void Dispose() => Site.Dispose();
}
