using System.Text.RegularExpressions;

namespace CouncilSite.Starter;

/// <summary>Words the clerk typed, put into Markdown so that they are shown exactly as typed.</summary>
public static partial class MarkdownText
{
    /// <summary>
    /// Every character Markdown (with the site's extras: ^sup^, ==mark==, ++ins++, tables) could
    /// read as formatting, a link or HTML, escaped with a backslash, and a list marker at the start
    /// escaped too, as the text may start a line: "Little &lt;Bramford&gt; *Parish* Council" is shown
    /// with its brackets and stars, and "A. N. Other Parish Council" is not a list.
    /// </summary>
    public static string Plain(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '&' or '~' or '^' or '=' or '+')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return ListMarker().Replace(escaped.ToString(), @"$1\$2", 1);
    }

    /// <summary>A bullet, or a number, letter or roman numeral with a full stop or bracket, as lists start.</summary>
    [GeneratedRegex(@"^([0-9]*|[A-Za-z]+)([-.)])(?=\s|$)")]
    private static partial Regex ListMarker();
}
