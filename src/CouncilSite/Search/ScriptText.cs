using System.Buffers;
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
    /// <summary>What a string may not hold as it is: control characters, quotes, backslashes, '&lt;', U+2028, U+2029 and surrogates (checked in pairs).</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 32).Select(i => (char)i)) + "\"\\<\u2028\u2029" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(i => (char)i)));

    /// <summary>The script that hands <paramref name="data"/> (JSON) to the page's search, UTF-8.</summary>
    public static byte[] Adding(string name, StringBuilder data)
    {
        var (head, json, tail) = ("CouncilSearch.add(\"" + name + "\",", data.ToString(), ");\n");
        var utf8 = Encoding.UTF8;
        var bytes = new byte[utf8.GetByteCount(head) + utf8.GetByteCount(json) + tail.Length];
        var at = utf8.GetBytes(head, bytes);
        at += utf8.GetBytes(json, bytes.AsSpan(at));
        utf8.GetBytes(tail, bytes.AsSpan(at));
        return bytes;
    }

    /// <summary>
    /// A JSON string that is also safe in any script: quotes, backslashes and control characters
    /// escaped as JSON requires, and '&lt;' (no "&lt;/script&gt;" can close an element), U+2028 and
    /// U+2029 (line ends to older JavaScript) escaped as well; a lone surrogate (no character at all) becomes U+FFFD, as a browser shows it.
    /// </summary>
    public static StringBuilder String(StringBuilder json, string? text)
    {
        json.Append('"');
        var rest = text.AsSpan();
        while (rest.IndexOfAny(Escaped) is var at and >= 0)
        {
            json.Append(rest[..at]);
            var c = rest[at];
            if (char.IsHighSurrogate(c) && at + 1 < rest.Length && char.IsLowSurrogate(rest[at + 1]))
            {
                json.Append(rest.Slice(at, 2));
                rest = rest[(at + 2)..];
                continue;
            }

            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                '\n' => json.Append("\\n"),
                '\t' => json.Append("\\t"),
                _ when char.IsSurrogate(c) => json.Append('\uFFFD'),
                _ => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
            };
            rest = rest[(at + 1)..];
        }

        return json.Append(rest).Append('"');
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
