using CouncilSite.BrowserTests.Support;

namespace CouncilSite.BrowserTests;

/// <summary>
/// Judged relevance: what a resident of the example council types, and the page that answers it,
/// which must be among the first three results. The judgements were made by reading the example
/// site, not by running the search; a failure means the ranking (or what is indexed) is wrong,
/// not the judgement.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class SearchRelevanceTests(ExampleSite site)
{
    /// <param name="Answers">The page, or the equally right pages, that answer it (as addresses below the site's root).</param>
    public sealed record Judgement(string Query, string[] Answers);

    private static readonly Judgement[] Judgements =
    [
        // The council's call for views is the one page written for residents about the play area
        // (its title is about nothing else); the decision awarding the refurbishment contract
        // (C083/26) and the latest minute saying when the play area closes for the work (C098/26,
        // a report without a resolution, so found in the minutes) are as right.
        new("play area", [
            "news/2026-05-20-play-area-survey/",
            "meetings/2026-10-15-full-council/minutes/#decision-c083-26",
            "meetings/2026-11-19-full-council/minutes/",
        ]),

        // The document "Precept 2026-27" states the precept and what it means for council tax;
        // the decision that set it (C008/26, "Budget and precept 2026-27") is as right.
        new("precept", [
            "documents/precept-2026-27.pdf",
            "meetings/2026-01-15-full-council/minutes/#decision-c008-26",
        ]),

        // The Allotments page gives today's rents in its "Rents" section; the decision that set
        // them (minute 21 of 20 March 2025, "Allotments: rents") is as right.
        new("allotment rent", [
            "allotments/",
            "meetings/2025-03-20-full-council/minutes/#decision-21",
        ]),

        // Whose are the dog bins? The home page says the council looks after the dog waste bins
        // (and that household bins are the district's); the asset register lists the council's
        // four dog waste bins. Payments for emptying them answer a different question.
        new("dog bins", [
            "",
            "documents/asset-register-2025-26.pdf",
        ]),

        // A councillor's name finds their own page first of all the minutes that name them.
        new("Priya Sharma", ["councillors/priya-sharma/"]),

        // A supplier paid by the council: the spending data lists every payment to it (the
        // minutes that approved each payment name it too, one payment each).
        new("Heartsafe Supplies", ["data/spending-2025-26/"]),

        // Words found only inside a PDF: "printer" and "filing" are in the asset register's list
        // of office equipment ("laptop, printer, filing cabinet") and nowhere else on the site.
        new("printer filing", ["documents/asset-register-2025-26.pdf"]),
    ];

    public static TheoryData<string> Queries => new(Judgements.Select(j => j.Query));

    [BrowserTheory]
    [MemberData(nameof(Queries))]
    public async Task Each_judged_query_finds_its_page_in_the_top_three(string query)
    {
        var judgement = Judgements.Single(j => j.Query == query);
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, $"search/index.html?q={Uri.EscapeDataString(query)}");
        var (status, results) = await SearchResults.ReadAsync(page, query, site.Server.Address);

        var top = results.Take(3).ToList();
        Assert.True(top.Any(r => judgement.Answers.Contains(r.Target)),
            $"'{query}' should find {string.Join(" or ", judgement.Answers.Select(a => $"/{a}"))} in the top 3; " +
            $"the page said '{status}' and listed first:{Environment.NewLine}" +
            string.Join(Environment.NewLine, results.Take(5).Select((r, i) => $"{i + 1}. {r.Title} (/{r.Target})")));
    }
}
