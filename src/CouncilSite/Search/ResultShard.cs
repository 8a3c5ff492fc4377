using System.Globalization;
using System.Text;

namespace CouncilSite.Search;

/// <summary>
/// A few results' details, in document order, loaded only when one of them is shown: each
/// <c>[title, link, date, context, text]</c>, the text being its first few thousand characters, cut
/// at a word: the browser shows the part of it where the words found stand together, and marks them.
/// </summary>
internal static class ResultShard
{
    public static string Name(int shard) => "results-" + shard.ToString(CultureInfo.InvariantCulture);

    public static StringBuilder Json(ReadOnlySpan<SearchEntry> entries, ResultLabels labels, int textLength)
    {
        var json = new StringBuilder(entries.Length * (textLength + 200)).Append('[');
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            json.Append(i > 0 ? ",[" : "[");
            ScriptText.String(json, entry.Title).Append(',');
            ScriptText.String(json, labels.Link(entry.Address)).Append(',');
            ScriptText.String(json, entry.Date is { } date ? labels.Date(date) : "").Append(',');
            ScriptText.String(json, entry.Context ?? "").Append(',');
            ScriptText.String(json, Excerpt(entry.Text, textLength)).Append(']');
        }

        return json.Append(']');
    }

    /// <summary>The start of a text with its runs of spaces and line ends made one space, at most <paramref name="length"/> characters, cut at a word.</summary>
    public static string Excerpt(string text, int length)
    {
        var excerpt = new StringBuilder(Math.Min(text.Length, length + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = excerpt.Length > 0;
                continue;
            }

            if (excerpt.Length + (space ? 1 : 0) >= length)
            {
                var cut = excerpt.ToString().LastIndexOf(' ');
                return cut > length / 2 ? excerpt.ToString(0, cut) : excerpt.ToString();
            }

            if (space)
            {
                excerpt.Append(' ');
                space = false;
            }

            excerpt.Append(c);
        }

        return excerpt.ToString();
    }
}
