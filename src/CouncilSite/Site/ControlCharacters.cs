namespace CouncilSite.Site;

/// <summary>
/// The characters no page can show and a feed or sitemap cannot hold at all; they come from
/// copying text out of another program. Settings read from files and answers typed to
/// <c>councilsite new</c> are refused with one of them in, by this one rule.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The first control character in <paramref name="text"/> other than a tab or a line break; null when there is none.</summary>
    public static char? First(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return c;
            }
        }

        return null;
    }
}
