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
/// What personal data looks like in a council's papers: e-mail addresses, UK phone numbers a
/// person may have, National Insurance numbers, bank sort codes and account numbers. Each pattern
/// is written so that what councils publish all the time does not match: dates (08/04/2025,
/// 2025-04-08), amounts (£1,234.50), postcodes, planning references (DC/26/01234/FUL), voucher
/// numbers, organisations' 03 and 0800 numbers.
/// </summary>
public static partial class PersonalDataPatterns
{
    /// <summary>
    /// An e-mail address needs an @; every other pattern needs six digits or more (a phone number
    /// ten, an account number eight). Most lines of minutes with a figure in them hold a minute
    /// number or an amount, not that many digits, and are passed over without running any pattern.
    /// </summary>
    internal const int FewestDigits = 6;

    internal const int PhoneDigitCount = 10;

    private const int AccountDigitCount = 8;

    /// <summary>
    /// Searched for as a set rather than as a range: the generic range search boxed each character
    /// in the ahead-of-time compiled .NET (143 MB of garbage on the 10,000-page corpus).
    /// </summary>
    internal static readonly SearchValues<char> DigitCharacters = SearchValues.Create("0123456789");

    public static IEnumerable<PersonalDataMatch> Find(string line) => Find(line, LineShape.Of(line));

    /// <param name="shape">What <paramref name="line"/> holds, when the caller has already looked (see <see cref="LineShape"/>).</param>
    public static IEnumerable<PersonalDataMatch> Find(string line, LineShape shape)
    {
        var (digits, at) = shape;
        if (!shape.MayMatch)
        {
            yield break;
        }

        foreach (var m in at ? Hits(Email(), line) : [])
        {
            yield return new PersonalDataMatch(PersonalDataKind.Email, m.Value.TrimEnd('.'), m.Index + 1);
        }

        foreach (var m in digits >= PhoneDigitCount ? Hits(Phone(), line) : [])
        {
            if (IsPersonalPhone(m.Value))
            {
                // "Mr Brown (07700 900321)": the bracket belongs to the sentence, not to the number.
                var value = m.Value.Trim();
                var bracket = value.StartsWith('(') && !value.Contains(')', StringComparison.Ordinal) ? 1 : 0;
                yield return new PersonalDataMatch(PersonalDataKind.Phone, value[bracket..], m.Index + 1 + bracket);
            }
        }

        foreach (var m in digits >= FewestDigits ? Hits(NationalInsurance(), line) : [])
        {
            yield return new PersonalDataMatch(PersonalDataKind.NationalInsurance, m.Value, m.Index + 1);
        }

        // dd-mm-yy dates look exactly like sort codes, so a valid date counts only beside the words that mark a sort code.
        bool? banking = null;
        foreach (var m in digits >= FewestDigits ? Hits(SortCode(), line) : [])
        {
            if ((banking ??= Banking().IsMatch(line)) || !CouldBeDate(m))
            {
                yield return new PersonalDataMatch(PersonalDataKind.SortCode, m.Value, m.Index + 1);
            }
        }

        foreach (var m in digits >= AccountDigitCount ? Hits(AccountNumber(), line) : [])
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

    /// <summary>
    /// UK numbers a person may have: 0 and nine or ten more digits, starting 01 or 02 (a landline),
    /// 05 (a line over the internet) or 07 (a mobile). The numbers starting 03 (a county council's
    /// 0300, the ICO's 0303), 08 (0800 and 0808 freephone, 0845 and 0870) and 09 are given only
    /// to organisations, so publishing one publishes nothing about a person.
    /// </summary>
    private static bool IsPersonalPhone(string text)
    {
        var digits = PhoneDigits(text);
        return digits.Length is 10 or 11 && digits[0] == '0' && digits[1] is '1' or '2' or '5' or '7'
               && text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Length <= 4;
    }

    private static bool CouldBeDate(Match m) =>
        int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is >= 1 and <= 31 && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12;

    // Digits are written 0-9 rather than \d, which takes any script's digits: the count above and
    // int.Parse (for dates) know only these.
    [GeneratedRegex(@"(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w/£$.,:+()-])(\+44\s?(\(0\)\s?)?|\(?0)[0-9][0-9 \-)]{7,13}[0-9](?![\w/%]|[.,:][0-9])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b")]
    private static partial Regex NationalInsurance();

    [GeneratedRegex(@"(?<![0-9/.-])([0-9]{2})-([0-9]{2})-([0-9]{2})(?![0-9/.-]|-[0-9])")]
    private static partial Regex SortCode();

    [GeneratedRegex(@"\b(sort\s*code|sortcode|bank)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Banking();

    [GeneratedRegex(@"\b(account|acct|a/c)\b[^0-9\n]{0,30}(?<number>(?<![0-9,.£-])[0-9]{8})(?![0-9,.]?[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex AccountNumber();
}
