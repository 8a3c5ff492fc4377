using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CouncilSite.Privacy;

public enum PersonalDataKind
{
    Email,
    Phone,
    NationalInsurance,
    SortCode,
    AccountNumber,
}

/// <summary>Something in a line of text that looks like personal data.</summary>
/// <param name="Column">1-based position of the value in the line.</param>
public sealed record PersonalDataMatch(PersonalDataKind Kind, string Value, int Column);

/// <summary>
/// What personal data looks like in a council's papers: e-mail addresses, UK phone numbers,
/// National Insurance numbers, bank sort codes and account numbers. Each pattern is written
/// so that what councils publish all the time does not match: dates (08/04/2025, 2025-04-08),
/// amounts (£1,234.50), postcodes, planning references (DC/26/01234/FUL), voucher numbers.
/// </summary>
public static partial class PersonalDataPatterns
{
    /// <summary>Every pattern needs a digit or an @, so most lines of prose are passed over at once.</summary>
    private static readonly SearchValues<char> Needed = SearchValues.Create("0123456789@");

    /// <summary>False for text in which no pattern can match, without running them.</summary>
    public static bool MayContain(ReadOnlySpan<char> text) => text.ContainsAny(Needed);

    public static IEnumerable<PersonalDataMatch> Find(string line)
    {
        if (!MayContain(line))
        {
            yield break;
        }

        foreach (var m in Hits(Email(), line))
        {
            yield return new PersonalDataMatch(PersonalDataKind.Email, m.Value.TrimEnd('.'), m.Index + 1);
        }

        foreach (var m in Hits(Phone(), line))
        {
            if (IsUkPhone(m.Value))
            {
                yield return new PersonalDataMatch(PersonalDataKind.Phone, m.Value.Trim(), m.Index + 1);
            }
        }

        foreach (var m in Hits(NationalInsurance(), line))
        {
            yield return new PersonalDataMatch(PersonalDataKind.NationalInsurance, m.Value, m.Index + 1);
        }

        // dd-mm-yy dates look exactly like sort codes, so a valid date counts only beside the words that mark a sort code.
        bool? banking = null;
        foreach (var m in Hits(SortCode(), line))
        {
            if ((banking ??= Banking().IsMatch(line)) || !CouldBeDate(m))
            {
                yield return new PersonalDataMatch(PersonalDataKind.SortCode, m.Value, m.Index + 1);
            }
        }

        foreach (var m in Hits(AccountNumber(), line))
        {
            var number = m.Groups["number"];
            yield return new PersonalDataMatch(PersonalDataKind.AccountNumber, number.Value, number.Index + 1);
        }
    }

    /// <summary>
    /// The matches of a pattern in a line. Most lines a pattern is tried on have a digit but hold
    /// nothing; asking first whether there is a match at all costs no allocation for those.
    /// </summary>
    private static IEnumerable<Match> Hits(Regex pattern, string line) => pattern.IsMatch(line) ? pattern.Matches(line) : [];

    /// <summary>The domain of an e-mail address, lower case.</summary>
    public static string DomainOf(string email) => email[(email.LastIndexOf('@') + 1)..].ToLowerInvariant();

    /// <summary>A phone number as digits from the trunk 0 (+44 1632 960412 and 01632 960412 are one number).</summary>
    public static string PhoneDigits(string phone)
    {
        var digits = string.Concat(phone.Where(char.IsAsciiDigit));
        if (phone.TrimStart().StartsWith('+') && digits.StartsWith("44", StringComparison.Ordinal))
        {
            digits = digits[2..];
            if (phone.Contains("(0)", StringComparison.Ordinal) && digits.StartsWith('0'))
            {
                digits = digits[1..];
            }

            digits = "0" + digits;
        }

        return digits;
    }

    /// <summary>UK numbers are 0 and nine or ten more digits, the first of those not 0, 4 or 6.</summary>
    private static bool IsUkPhone(string text)
    {
        var digits = PhoneDigits(text);
        return digits.Length is 10 or 11 && digits[0] == '0' && digits[1] is '1' or '2' or '3' or '5' or '7' or '8' or '9'
               && text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Length <= 4;
    }

    private static bool CouldBeDate(Match m) =>
        int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is >= 1 and <= 31 && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12;

    [GeneratedRegex(@"(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w/£$.,:+()-])(\+44\s?(\(0\)\s?)?|\(?0)\d[\d \-)]{7,13}\d(?![\w/%]|[.,:]\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")]
    private static partial Regex NationalInsurance();

    [GeneratedRegex(@"(?<![\d/.-])(\d{2})-(\d{2})-(\d{2})(?![\d/.-]|-\d)")]
    private static partial Regex SortCode();

    [GeneratedRegex(@"\b(sort\s*code|sortcode|bank)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Banking();

    [GeneratedRegex(@"\b(account|acct|a/c)\b[^\d\n]{0,30}(?<number>(?<![\d,.£-])\d{8})(?![\d,.]?\d)", RegexOptions.IgnoreCase)]
    private static partial Regex AccountNumber();
}
