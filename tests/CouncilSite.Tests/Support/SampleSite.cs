namespace CouncilSite.Tests.Support;

/// <summary>
/// A small but complete council: every content kind, links in every documented form, files
/// copied as they are. Bad-input tests build it first, then make one clerk's mistake in it.
/// </summary>
public static class SampleSite
{
    public const string StandingOrders = "policies/standing-orders.md";
    public const string OctoberMeeting = "meetings/2026-10-15-full-council";
    public const string OctoberMinutes = OctoberMeeting + "/minutes.md";
    public const string AboutPage = "pages/about.md";

    public static readonly (string Path, string Text)[] Files =
    [
        ("site.yml", """
            name: Little Bramford Parish Council
            url: https://www.littlebramford-pc.gov.uk
            timezone: Europe/London
            clerk:
              name: A. Clerk
              email: clerk@littlebramford-pc.gov.uk
              phone: 01234 567890
              address: "Village Hall, Church Lane, Little Bramford, AB1 2CD"
            committees:
              - id: full-council
                name: Full Council
              - id: planning
                name: Planning Committee
            accessibility:
              contact: clerk@littlebramford-pc.gov.uk
              prepared: 2026-09-01
            """),
        ("pages/index.md", """
            Welcome to the parish council. Read our [standing orders](/policies/standing-orders/).
            """),
        (AboutPage, """
            ---
            title: About the council
            nav: true
            order: 1
            ---
            The council has seven members. See [how we meet](../policies/standing-orders.md#meetings)
            and the [meetings](/meetings/).

            ![The village sign on the green](/images/village-sign.svg)

            Read the [village hall page](village/hall.md) or write to [the clerk](mailto:clerk@littlebramford-pc.gov.uk).

            The <abbr title="Annual Governance and Accountability Return">AGAR</abbr> is on the
            <a href="/documents/">documents page</a>, beside <a href="../policies/complaints-policy.pdf">the complaints policy</a>.
            """),
        ("pages/village/hall.md", """
            ---
            title: Village hall
            ---
            The hall is next to the [church](https://www.example.org/church). Back to [about](../about.md).
            """),
        (OctoberMeeting + "/meeting.yml", """
            time: "19:30"
            location: Village Hall
            """),
        (OctoberMeeting + "/agenda.md", """
            ---
            published: 2026-10-08
            ---
            1. Apologies
            2. [Budget report](budget-report.pdf)
            3. [Clerk's report](clerks-report.md)
            """),
        (OctoberMinutes, """
            ---
            status: approved
            approved: 2026-11-19
            ---
            Present: Cllr Smith (Chair).

            **RESOLVED** that the budget be adopted. See the [agenda](agenda.md).
            """),
        (OctoberMeeting + "/clerks-report.md", """
            # Clerk's report

            The grass has been cut. The next meeting is on [19 November](../2026-11-19-full-council/agenda.md).
            """),
        (OctoberMeeting + "/budget-report.pdf", "%PDF-1.4 budget"),
        ("meetings/2026-11-19-full-council/agenda.md", """
            1. Minutes of the [last meeting](../2026-10-15-full-council/minutes.md)
            """),
        ("meetings/2026-11-19-full-council/minutes.md", """
            Present: Cllr Smith (Chair). The minutes of 15 October were approved.
            """),
        ("meetings/2026-12-03-planning/agenda.md", """
            1. Planning application 26/01234 at Mill Lane.
            """),
        (StandingOrders, """
            ---
            title: Standing Orders
            adopted: 2026-05-14
            review: 2027-05-13
            committee: full-council
            ---
            ## Meetings

            The council meets monthly. Complaints follow the [complaints policy](/policies/complaints-policy/).
            """),
        ("policies/complaints-policy.pdf", "%PDF-1.4 complaints"),
        ("policies/complaints-policy.yml", """
            title: Complaints policy
            adopted: 2025-01-16
            review: 2027-01-16
            """),
        ("councillors/jane-smith.md", """
            ---
            name: Jane Smith
            role: Chair
            photo: jane-smith.svg
            photo_alt: Jane Smith on the village green
            responsibilities: [Finance, Allotments]
            ---
            Jane has lived in the village for twenty years.
            """),
        ("councillors/jane-smith.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"""),
        ("news/2026-11-20-christmas-lights.md", """
            ---
            title: Christmas tree lights
            expires: 2027-01-06
            ---
            The lights go on at the [village hall](/village/hall/) on 5 December.
            """),
        ("documents/agar-2025-26-section-1.pdf", "%PDF-1.4 agar"),
        ("documents/agar-2025-26-section-1.yml", """
            title: Annual governance statement 2025-26
            category: annual-governance-statement
            financial_year: 2025-26
            """),
        ("documents/internal-audit-report-2025-26.md", """
            # Internal audit report 2025-26

            The internal auditor found the council's controls sound. The [AGAR](agar-2025-26-section-1.pdf) was approved in June.

            ![Plan of the village hall](</images/Plan du village – été.svg>)
            """),
        ("documents/internal-audit-report-2025-26.yml", """
            title: Internal audit report 2025-26
            category: internal-audit-report
            financial_year: 2025-26
            """),
        ("data/spending-2025-26.csv", "Date,Supplier,Amount,Description\n2025-04-10,Mower Ltd,120.00,Grass cutting\n"),
        ("data/spending-2025-26.yml", """
            title: Spending over £500, 2025-26
            schema: spend
            """),
        ("static/images/village-sign.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"""),
        ("static/images/Plan du village – été.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"""),
    ];

    public static TempSite Create() => new(Files);
}
