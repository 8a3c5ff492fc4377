using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CouncilSite.Build;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Meetings;

/// <summary>
/// A council with meetings in summer and winter, a cancelled and a postponed one, draft and
/// approved minutes with decisions, news, a document and councillors on committees, built once
/// for the tests of what the meetings features write.
/// </summary>
public sealed class MeetingsSite : IDisposable
{
    public const string SummerMeeting = "meetings/2026-07-16-full-council";
    public const string WinterMeeting = "meetings/2026-01-15-full-council";

    private static readonly HtmlParser Parser = new();

    public MeetingsSite() => (Site, Result) = Make(url: true);

    private MeetingsSite(bool url) => (Site, Result) = Make(url);

    /// <summary>The same council without <c>url:</c> in site.yml.</summary>
    public static MeetingsSite WithoutAddress() => new(url: false);

    private static (TempSite Site, BuildResult Result) Make(bool url)
    {
        var siteYml = url ? TempSite.SiteYml : TempSite.SiteYml.Replace("url: https://www.littlebramford-pc.gov.uk\n", "", StringComparison.Ordinal);
        var site = new TempSite(
            ("site.yml", siteYml + "\nclerk:\n  email: clerk@littlebramford-pc.gov.uk\n  address: \"Village Hall, Church Lane\"\n"),
            (SummerMeeting + "/meeting.yml", "time: \"19:30\"\nlocation: \"Village Hall </script><script>alert(1)</script>\""),
            (SummerMeeting + "/agenda.md", "---\npublished: 2026-07-09\n---\n1. Apologies"),
            (SummerMeeting + "/minutes.md", """
                ---
                approved: 2026-09-17
                ---
                ## C051/26 Minutes

                RESOLVED: That the minutes of 14 May be approved.

                ## C056/26 Play area

                It was RESOLVED that the Clerk invite quotations.
                """),
            (WinterMeeting + "/meeting.yml", "time: \"19:30\"\nlocation: Village Hall"),
            (WinterMeeting + "/agenda.md", "---\npublished: 2026-01-08\n---\n1. Apologies"),
            (WinterMeeting + "/minutes.md", "---\napproved: 2026-03-19\n---\n## C008/26 Budget\n\n**RESOLVED** that the budget of £23,810 be adopted."),
            ("meetings/2026-11-04-planning/agenda.md", "---\npublished: 2026-10-29\n---\n1. Applications"),
            ("meetings/2026-11-04-planning/minutes.md", "---\nstatus: draft\n---\n## P35/26 Applications\n\nRESOLVED: That the council has no objection."),
            ("meetings/2026-12-09-planning/meeting.yml", "status: cancelled\ntime: \"19:00\""),
            ("meetings/2027-01-21-full-council/meeting.yml", "status: postponed\ntime: \"19:30\""),
            ("news/2026-11-20-christmas-lights.md", "---\ntitle: Christmas lights\nsummary: The lights go on on 5 December.\n---\nCome along."),
            ("documents/budget-2026-27.pdf", PdfFiles.Paper),
            ("documents/budget-2026-27.yml", "title: Budget 2026-27\ndate: 2026-01-15\ncategory: budget\n"),
            ("councillors/margaret-ellison.md", "---\nname: Margaret Ellison\nrole: Chair\nresponsibilities:\n  - Chair of the Planning Committee\n---\nMargaret chairs the council."),
            ("councillors/david-okafor.md", "---\nname: David Okafor\nresponsibilities:\n  - Member of the planning committee\n  - Footpaths\n---\nDavid walks the footpaths."));
        var result = site.Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        return (site, result);
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    public string Text(string path) => File.ReadAllText(Path.Combine(Site.Output, path));

    public IHtmlDocument Page(string path) => Parser.ParseDocument(Text(path));

    public void Dispose() => Site.Dispose();
}
