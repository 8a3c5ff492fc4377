using System.Text.RegularExpressions;
using CouncilSite.Addresses;
using CouncilSite.Diagnostics;
using CouncilSite.Site;

namespace CouncilSite.Starter;

/// <summary>
/// Reads each answer <c>councilsite new</c> takes, whether typed at its question or given as an
/// option, so that both ways accept and refuse the same things with the same words.
/// </summary>
public static partial class StarterAnswers
{
    public const string FullCouncilId = "full-council";
    public const string FullCouncilName = "Full Council";

    /// <summary>Longer than any council's or committee's name, short enough to fit a page's heading.</summary>
    private const int LongestName = 150;

    public static Answer<string> Name(string text, string what, string example)
    {
        var name = text.Trim();
        if (name.Length == 0)
        {
            return Answer<string>.Bad($"The {what} is empty: give it in full, e.g. \"{example}\".");
        }

        if (NotOneLine(name, what) is { } problem)
        {
            return Answer<string>.Bad(problem);
        }

        return name.Length > LongestName
            ? Answer<string>.Bad($"The {what} is {name.Length} characters long; give it in at most {LongestName}.")
            : Answer<string>.Good(name);
    }

    public static Answer<CouncilKind> Kind(string text) => OneOf<CouncilKind>(text.Trim().Replace(" council", "", StringComparison.OrdinalIgnoreCase), "kind of council");

    public static Answer<Nation> Nation(string text) => OneOf<Nation>(text, "nation");

    public static Answer<GitHost> Host(string text) => OneOf<GitHost>(text, "Git host");

    /// <summary>The kind a council's name says it is ("Little Bramford Parish Council" is a parish council), or null when it says none or two.</summary>
    public static CouncilKind? KindIn(string name)
    {
        var kinds = KindInName().Matches(name).Select(m => Enum.Parse<CouncilKind>(m.Groups[1].Value, ignoreCase: true)).Distinct().ToList();
        return kinds.Count == 1 ? kinds[0] : null;
    }

    /// <summary>Refuses a kind of council the nation does not have, naming the ones it does.</summary>
    public static string? KindProblem(CouncilKind kind, Nation nation) => (nation, kind) switch
    {
        (Starter.Nation.Scotland, not CouncilKind.Community) =>
            "In Scotland the councils closest to residents are community councils: give the kind as community.",
        (Starter.Nation.Wales, CouncilKind.Parish) =>
            "In Wales parish councils became community councils in 1974: give the kind as community, town or city.",
        _ => null,
    };

    public static Answer<string> Email(string text)
    {
        var email = text.Trim();
        return EmailShape().IsMatch(email)
            ? Answer<string>.Good(email)
            : Answer<string>.Bad($"'{email}' is not an email address: write it whole, e.g. clerk@littlebramford-pc.gov.uk.");
    }

    /// <summary>An answer that may be left empty: null when it is.</summary>
    public static Answer<string?> Optional(string text, string what)
    {
        var value = text.Trim();
        if (value.Length == 0)
        {
            return Answer<string?>.Good(null);
        }

        return NotOneLine(value, what) is { } problem
            ? Answer<string?>.Bad(problem)
            : Answer<string?>.Good(value);
    }

    /// <summary>
    /// Refuses a line break of any kind (including the Unicode ones, which end a YAML note) and
    /// any other control character (a tab aside), which no page can show and a feed cannot hold.
    /// </summary>
    public static string? NotOneLine(string text, string what)
    {
        if (text.Any(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029'))
        {
            return $"The {what} must be on one line.";
        }

        // Line breaks were refused above, so this finds any other control character but a tab.
        return ControlCharacters.First(text) is { } c
            ? $"The {what} has a control character in it (U+{(int)c:X4}), which cannot be shown on a page: type it again without it."
            : null;
    }

    /// <summary>The site's public address without a trailing slash; null when left empty.</summary>
    public static Answer<string?> Url(string text)
    {
        var url = text.Trim();
        if (url.Length == 0)
        {
            return Answer<string?>.Good(null);
        }

        return SiteUrl.Problem(url) is { } problem
            ? Answer<string?>.Bad($"{problem} For example: https://www.littlebramford-pc.gov.uk.")
            : Answer<string?>.Good(url.TrimEnd('/'));
    }

    /// <summary>
    /// The committees, from their names: the Full Council first (every council has one), then each
    /// other in the order given. An id is the name as an address, without a "Committee" at either
    /// end: "Planning Committee" is <c>planning</c>, as in the example site.
    /// </summary>
    public static Answer<IReadOnlyList<Committee>> Committees(IEnumerable<string> names)
    {
        var committees = new List<Committee> { new(FullCouncilId, FullCouncilName, null) };
        foreach (var text in names)
        {
            var name = Name(text, "committee's name", "Planning Committee");
            if (!name.Ok)
            {
                return Answer<IReadOnlyList<Committee>>.Bad(name.Problem!);
            }

            if (CommitteeId(name.Value) is not { } id)
            {
                return Answer<IReadOnlyList<Committee>>.Bad($"The committee name '{name.Value}' has no letter or digit to make its id from.");
            }

            if (committees.Find(c => c.Id == id) is { } same)
            {
                if (id == FullCouncilId)
                {
                    continue;
                }

                return Answer<IReadOnlyList<Committee>>.Bad(
                    $"'{name.Value}' and '{same.Name}' would both have the id '{id}': give committees names that differ by more than case or punctuation.");
            }

            committees.Add(new Committee(id, name.Value, null));
        }

        return Answer<IReadOnlyList<Committee>>.Good(committees);
    }

    /// <summary>A committee's id from its name, or null when the name has nothing to make one of.</summary>
    public static string? CommitteeId(string name)
    {
        var id = Slug(name);
        if (id is null)
        {
            return null;
        }

        var shorter = CommitteeWord().Replace(id, "");
        return shorter.Length > 0 ? shorter : id;
    }

    /// <summary>A name as the lower-case letters, digits and hyphens a committee id or file name is made of, by the site's one address rule.</summary>
    public static string? Slug(string name) => AddressNames.Name(name.Replace('.', ' ').Replace('_', ' '));

    private static Answer<T> OneOf<T>(string text, string what)
        where T : struct, Enum
    {
        var typed = text.Trim();
        if (Enum.TryParse<T>(typed, ignoreCase: true, out var value) && Enum.IsDefined(value) && !typed.Any(char.IsDigit))
        {
            return Answer<T>.Good(value);
        }

        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        var near = NearestName.For(typed, names);
        var guess = near is null ? "" : $" Did you mean '{near}'?";
        return Answer<T>.Bad($"'{typed}' is not a {what} CouncilSite knows: give one of {string.Join(", ", names)}.{guess}");
    }

    [GeneratedRegex(@"\b(Parish|Town|Community|City) Council\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindInName();

    [GeneratedRegex(@"^[^@\s\p{Cc}]+@[^@\s\p{Cc}]+\.[^@\s\p{Cc}]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex("-committee$")]
    private static partial Regex CommitteeWord();
}
