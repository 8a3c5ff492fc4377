using System.Text.RegularExpressions;

namespace CouncilSite.Sections.Meetings.Decisions;

/// <summary>
/// The number or code by which minutes cite an item: <c>C048/23</c>, <c>F25/09</c>, <c>25/112</c>,
/// <c>35.1</c>, or the plain <c>7</c> of a heading "7. Budget".
/// </summary>
internal static partial class MinuteReference
{
    /// <summary>The reference a heading starts with, and the heading's text after it.</summary>
    public static (string? Reference, string Title) InHeading(string heading)
    {
        var match = HeadingStart().Match(heading);
        return match.Success
            ? (match.Groups["ref"].Value, heading[match.Length..].TrimStart(' ', '.', ':', '-', '\u2013', '\u2014', ')').Trim())
            : (null, heading.Trim());
    }

    /// <summary>
    /// A reference at the start of a paragraph ("8.1 Resolved: ..."). Only codes and dotted
    /// numbers count here: a plain number starting a sentence is more often a count ("3 residents").
    /// </summary>
    public static string? AtParagraphStart(string text)
    {
        var match = ParagraphStart().Match(text);
        return match.Success ? match.Groups["ref"].Value : null;
    }

    /// <summary>The reference of an item of a numbered list, within the item or heading around it.</summary>
    public static string InList(string? around, int number) =>
        around is null ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : DottedNumber().IsMatch(around) ? $"{around}.{number}"
        : around;

    /// <summary>The lettered part a text opens with, "(a) RESOLVED ..." or "(b) Pound Farm", and the text after it.</summary>
    public static (string? Part, string? Text) SplitPart(string? text)
    {
        if (text is null || Part().Match(text) is not { Success: true } match)
        {
            return (null, text);
        }

        return (match.Groups["part"].Value, text[match.Length..]);
    }

    /// <summary>A lettered part cited as minutes cite it: <c>C041/26 (a)</c>; a part on its own is not a reference.</summary>
    public static string? WithPart(string? reference, string? part) =>
        reference is null || part is null ? reference : $"{reference} {part}";

    /// <summary>The part an item of a lettered list is, "(a)" or "(iv)"; null for a numbered list.</summary>
    public static string? LetteredPart(char bullet, int number) => bullet switch
    {
        'a' or 'A' when number is >= 1 and <= 26 => $"({(char)('a' + number - 1)})",
        'i' or 'I' when number is >= 1 and <= 39 => $"({Roman(number)})",
        _ => null,
    };

    private static string Roman(int number) =>
        string.Concat(Enumerable.Repeat("x", number / 10)) + (number % 10) switch
        {
            0 => "", 1 => "i", 2 => "ii", 3 => "iii", 4 => "iv", 5 => "v", 6 => "vi", 7 => "vii", 8 => "viii", _ => "ix",
        };

    /// <summary>A reference as part of an HTML id: <c>C048/23</c> becomes <c>c048-23</c>.</summary>
    public static string Slug(string reference) => NotAlphanumeric().Replace(reference.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"^\s*(?:(?:minute|min\.?|item|agenda\s+item|cofnod|eitem(?:\s+agenda)?)\s*)?(?<ref>[A-Za-z]{0,4}\d{1,4}/\d{2,4}|\d{1,3}(?:\.\d{1,3})*[a-z]?)(?=[.):]|\s|$)(?![./]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingStart();

    [GeneratedRegex(@"^\s*(?:(?:minute|min\.?|item|cofnod|eitem)\s*)?(?<ref>[A-Za-z]{0,4}\d{1,4}/\d{2,4}|\d{1,3}(?:\.\d{1,3})+)(?=[:)]?\s|[:)]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphStart();

    [GeneratedRegex(@"^\s*(?<part>\((?:[a-z]|[ivx]{1,4})\))\s+")]
    private static partial Regex Part();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3})*$")]
    private static partial Regex DottedNumber();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NotAlphanumeric();
}
