using System.Globalization;
using System.Text.RegularExpressions;

namespace CouncilSite.Data.Values;

/// <summary>An amount as written in a cell, with how it was written, so metadata can describe the column truthfully.</summary>
/// <param name="Pound">Written with a £ sign.</param>
/// <param name="Grouped">Written with thousands commas (1,234.50).</param>
/// <param name="Parentheses">A negative written the accountants' way: (12.00).</param>
/// <param name="Decimals">Digits after the decimal point.</param>
public readonly record struct Amount(decimal Value, bool Pound, bool Grouped, bool Parentheses, int Decimals);

/// <summary>Reads amounts as councils' spreadsheets write them: 1234.5, £1,234.50, -£12.00, £-12.00, (12.00).</summary>
public static partial class Amounts
{
    public static bool TryParse(string text, out Amount amount)
    {
        amount = default;
        var s = text.Trim();
        var parentheses = s.Length > 2 && s[0] == '(' && s[^1] == ')';
        if (parentheses)
        {
            s = s[1..^1].Trim();
        }

        var negative = false;
        var signed = false;
        if (s.Length > 0 && s[0] is '-' or '\u2212' or '+')
        {
            negative = s[0] != '+';
            signed = true;
            s = s[1..].TrimStart();
        }

        var pound = s.StartsWith('£');
        if (pound)
        {
            s = s[1..].TrimStart();
            if (!signed && s.Length > 0 && s[0] is '-' or '\u2212')
            {
                negative = true;
                signed = true;
                s = s[1..];
            }
        }

        if ((parentheses && signed) || !Digits().IsMatch(s))
        {
            return false;
        }

        var grouped = s.Contains(',');
        var value = decimal.Parse(grouped ? s.Replace(",", "") : s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var point = s.IndexOf('.');
        amount = new Amount(negative || parentheses ? -value : value, pound, grouped, parentheses, point < 0 ? 0 : s.Length - point - 1);
        return true;
    }

    /// <summary>Whole numbers with commas only between groups of three, so 1,2 or 12,34 are not taken for amounts.</summary>
    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$")]
    private static partial Regex Digits();
}
