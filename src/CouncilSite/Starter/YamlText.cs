using System.Text.RegularExpressions;

namespace CouncilSite.Starter;

/// <summary>Values the clerk typed, written into YAML so that they read back exactly as typed.</summary>
public static partial class YamlText
{
    /// <summary>
    /// The value as it is when that reads back the same (<c>Little Bramford Parish Council</c>),
    /// else in double quotes: a colon, a hash, a leading digit or a word YAML reads as true, false
    /// or nothing would otherwise change what is read.
    /// </summary>
    public static string Scalar(string value) =>
        Plain().IsMatch(value) && !Reserved().IsMatch(value)
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} ,.'()&/@+\-]*(?<! )$")]
    private static partial Regex Plain();

    [GeneratedRegex("^(y|yes|n|no|true|false|on|off|null)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
