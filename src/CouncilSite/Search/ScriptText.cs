using System.Globalization;
using System.Text;

namespace CouncilSite.Search;

/// <summary>
/// The search index's files are classic scripts, <c>CouncilSearch.add("name", data);</c>, so a
/// browser loads them with &lt;script src&gt; from disk as from a host, where fetch cannot. Their
/// data is JSON written here; a clerk's text can never end the string it stands in.
/// </summary>
internal static class ScriptText
{
    /// <summary>The script that hands <paramref name="data"/> (JSON) to the page's search, UTF-8.</summary>
    public static byte[] Adding(string name, StringBuilder data) =>
        Encoding.UTF8.GetBytes(new StringBuilder(data.Length + name.Length + 32)
            .Append("CouncilSearch.add(\"").Append(name).Append("\",").Append(data).Append(");\n").ToString());

    /// <summary>
    /// A JSON string that is also safe in any script: quotes, backslashes and control characters
    /// escaped as JSON requires, and '&lt;' (no "&lt;/script&gt;" can close an element), U+2028 and
    /// U+2029 (line ends to older JavaScript) and lone surrogates (not UTF-8) escaped as well.
    /// </summary>
    public static StringBuilder String(StringBuilder json, string? text)
    {
        json.Append('"');
        if (text is not null)
        {
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var safe = c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029' && !char.IsSurrogate(c);
                if (safe)
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                json.Append(text, start, i - start);
                start = i + 1;
                _ = c switch
                {
                    '"' => json.Append("\\\""),
                    '\\' => json.Append("\\\\"),
                    '\n' => json.Append("\\n"),
                    '\t' => json.Append("\\t"),
                    _ => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                };
            }

            json.Append(text, start, text.Length - start);
        }

        return json.Append('"');
    }

    /// <summary>A JSON array of strings.</summary>
    public static StringBuilder Strings(StringBuilder json, IEnumerable<string> texts)
    {
        json.Append('[');
        var first = true;
        foreach (var text in texts)
        {
            if (!first)
            {
                json.Append(',');
            }

            String(json, text);
            first = false;
        }

        return json.Append(']');
    }
}
