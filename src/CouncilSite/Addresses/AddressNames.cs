using System.Globalization;
using System.Text;
using CouncilSite.Diagnostics;

namespace CouncilSite.Addresses;

/// <summary>
/// The one rule by which a clerk's file or folder name becomes part of an address, so that
/// <c>Spring fair – café &amp; crafts.md</c> is published at <c>spring-fair-cafe-and-crafts</c>:
/// lower-case ASCII letters and digits, with <c>-</c>, <c>_</c> and <c>.</c>. An address is
/// permanent, so the rule depends on nothing that can change: Unicode's decompositions are
/// fixed by its stability policy (a transliteration library's tables change from version to
/// version). A name already written this way is its own address.
/// </summary>
public static class AddressNames
{
    /// <summary>Latin letters that Unicode does not decompose into a letter and an accent.</summary>
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i",
    };

    /// <summary>
    /// A file or folder name as it is published, e.g. <c>Budget 2026–27.PDF</c> as <c>budget-2026-27.pdf</c>;
    /// null when the name (before its extension) has no letter or digit to make an address of.
    /// </summary>
    public static string? Name(string name)
    {
        var dot = name.LastIndexOf('.');
        var (stem, extension) = dot > 0 ? (name[..dot], name[(dot + 1)..]) : (name, "");
        var folded = Fold(stem);
        if (!folded.Any(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var foldedExtension = Fold(extension);
        return foldedExtension.Length == 0 ? folded : $"{folded}.{foldedExtension}";
    }

    /// <summary>A path of names (<c>Village Hall/Opening times.md</c>), each folded by <see cref="Name"/>; null when any has nothing to fold to.</summary>
    public static string? Path(string path)
    {
        var names = path.Split('/').Select(Name).ToList();
        return names.Contains(null) ? null : string.Join('/', names);
    }

    /// <summary>Reports a file whose name gives no address (<see cref="Name"/> was null for it or a folder above it).</summary>
    public static void ReportNoAddress(string file, DiagnosticBag diagnostics) =>
        diagnostics.Error(file, 0, 0, DiagnosticCodes.NameWithoutAddress,
            "This file's name (or the name of a folder it is in) has no letters or digits, so it cannot be given a web address and is not published.",
            "Rename it with a few words saying what it is, e.g. budget-2026-27.pdf.");

    /// <summary>
    /// Accents are dropped, <c>&amp;</c> is written <c>and</c>, apostrophes are dropped (<c>clerk's</c>
    /// is <c>clerks</c>), and every other character is a hyphen; hyphens do not repeat, nor stand at
    /// either end or beside a dot, and a name never starts with a dot (a hidden file to a web server).
    /// </summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);

        // A surrogate is never a letter to keep; a lone one (a name a Windows program made) cannot be normalised.
        foreach (var c in string.Concat(text.Select(c => char.IsSurrogate(c) ? '-' : c)).Normalize(NormalizationForm.FormKD))
        {
            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '.':
                    folded.Append(lower);
                    break;
                case '&':
                    folded.Append("-and-");
                    break;
                case '\'' or '\u2019' or '\u2018' or '\u02BC':
                    break;
                case var letter when Letters.TryGetValue(letter, out var ascii):
                    folded.Append(ascii);
                    break;
                case var mark when CharUnicodeInfo.GetUnicodeCategory(mark) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    break;
                default:
                    folded.Append('-');
                    break;
            }
        }

        return Tidy(folded);
    }

    private static string Tidy(StringBuilder folded)
    {
        var tidy = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '.';
            var previous = tidy.Length > 0 ? tidy[^1] : '.';
            var dropped = c == '-' ? next is '-' or '.' || previous == '.' : c == '.' && tidy.Length == 0;
            if (!dropped)
            {
                tidy.Append(c);
            }
        }

        return tidy.ToString();
    }
}
