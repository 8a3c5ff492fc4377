using System.Globalization;
using System.Text;

namespace CouncilSite.Search;

/// <summary>
/// A few results' details, in document order, loaded only when one of them is shown: each
/// <c>[title, link, date, context, excerpt]</c>, the excerpt being the start of its text (where the
/// browser marks the words found), cut at a word.
/// </summary>
internal static class ResultShard
{
    public static string Name(int shard) => "results-" + shard.ToString(CultureInfo.InvariantCulture);

    public static StringBuilder Json(ReadOnlySpan<SearchEntry> entries, ResultLabels labels, int excerptLength)
    {
        var json = new StringBuilder(entries.Length * (excerptLength + 200)).Append('[');
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            json.Append(i > 0 ? ",[" : "[");
            ScriptText.String(json, entry.Title).Append(',');
            ScriptText.String(json, labels.Link(entry.Address)).Append(',');
            ScriptText.String(json, entry.Date is { } date ? labels.Date(date) : "").Append(',');
            ScriptText.String(json, entry.Context ?? "").Append(',');
            ScriptText.String(json, Excerpt(entry.Text, excerptLength)).Append(']');
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
