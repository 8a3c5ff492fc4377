using System.Text.RegularExpressions;

namespace CouncilSite.BrowserTests.Support;

/// <summary>
/// One output page for each kind of layout that tests check by hand-picked example, found by
/// address so the tests follow the example site as it grows rather than naming its meetings.
/// </summary>
public sealed partial class LayoutSamples
{
    public const string Home = "home";
    public const string Meeting = "meeting";
    public const string Minutes = "minutes";
    public const string Policies = "policies";
    public const string Councillor = "councillor";
    public const string NotFound = "404";

    private readonly Dictionary<string, string> _pages;

    private LayoutSamples(Dictionary<string, string> pages) => _pages = pages;

    /// <summary>The output page (e.g. <c>policies/index.html</c>) drawn with a layout.</summary>
    public string this[string layout] => _pages[layout];

    public static LayoutSamples From(IReadOnlyList<string> htmlPages)
    {
        // The latest minutes, and the page of the meeting they belong to: the fullest meeting page.
        var minutes = Last(htmlPages, MinutesPage(), "minutes of a meeting");
        var meeting = minutes[..^"minutes/index.html".Length] + "index.html";
        return new LayoutSamples(new Dictionary<string, string>
        {
            [Home] = Required(htmlPages, "index.html"),
            [Meeting] = Required(htmlPages, meeting),
            [Minutes] = minutes,
            [Policies] = Required(htmlPages, "policies/index.html"),
            [Councillor] = Last(htmlPages, CouncillorPage(), "a councillor's page"),
            [NotFound] = Required(htmlPages, "404.html"),
        });
    }

    private static string Required(IReadOnlyList<string> htmlPages, string page) =>
        htmlPages.Contains(page) ? page : throw new InvalidOperationException($"The example site's output has no {page}.");

    private static string Last(IReadOnlyList<string> htmlPages, Regex pattern, string what) =>
        htmlPages.LastOrDefault(pattern.IsMatch) ?? throw new InvalidOperationException($"The example site's output has no {what}.");

    [GeneratedRegex(@"^meetings/\d{4}-\d{2}-\d{2}-[^/]+/minutes/index\.html$")]
    private static partial Regex MinutesPage();

    [GeneratedRegex(@"^councillors/[^/]+/index\.html$")]
    private static partial Regex CouncillorPage();
}
