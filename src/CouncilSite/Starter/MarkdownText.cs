namespace CouncilSite.Starter;

/// <summary>Words the clerk typed, put into Markdown so that they are shown exactly as typed.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Every character Markdown could read as formatting, a link or HTML, escaped with a backslash:
    /// "Little &lt;Bramford&gt; *Parish* Council" is shown with its brackets and stars.
    /// </summary>
    public static string Plain(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '&' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
