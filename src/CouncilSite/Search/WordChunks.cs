using System.Text;

namespace CouncilSite.Search;

/// <summary>
/// The index's words, in ordinal order, cut into files of about the same size: a query loads
/// only the chunks its words fall in. The manifest keeps each chunk's key, the shortest start of
/// its first word that sorts after the chunk before it, so the chunks split the words by prefix,
/// more finely where the site has more to say ("pla", "plan", "play" may each be a chunk).
/// </summary>
/// <remarks>
/// A chunk holds each word as the site writes it (folded, not stemmed), and each word a written
/// one may stand for (Welsh "cyngor" for "gyngor"), with its stem's postings, so the browser never
/// stems nor mutates, and completes a half-typed word from the words it finds. A stem whose words
/// fall in two chunks has its postings in both.
/// </remarks>
internal sealed record WordChunks(string Key, (string Word, int Stem)[] Words)
{
    /// <summary>A JSON number of about this many characters per posting, to size chunks before writing them.</summary>
    private const int BytesPerPosting = 5;

    public static string Name(int chunk) => "words-" + chunk.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static List<WordChunks> Of((string Word, int Stem)[] words, Postings postings, int chunkBytes)
    {
        var chunks = new List<WordChunks>();
        var start = 0;
        var size = 0;
        var stems = new HashSet<int>();
        for (var i = 0; i < words.Length; i++)
        {
            var (word, stem) = words[i];
            var cost = word.Length + 4 + (stems.Contains(stem) ? 0 : 4 + (postings.Count(stem) * BytesPerPosting));
            if (i > start && size + cost > chunkBytes)
            {
                chunks.Add(Chunk(words, start, i, chunks.Count == 0 ? null : words[start - 1].Word));
                (start, size) = (i, 0);
                stems.Clear();
                cost = word.Length + 8 + (postings.Count(stem) * BytesPerPosting);
            }

            stems.Add(stem);
            size += cost;
        }

        chunks.Add(Chunk(words, start, words.Length, chunks.Count == 0 ? null : words[start - 1].Word));
        return chunks;
    }

    private static WordChunks Chunk((string Word, int Stem)[] words, int start, int end, string? before)
    {
        if (before is null)
        {
            return new WordChunks("", words[start..end]);
        }

        var first = words[start].Word;
        var length = 1;
        while (length < first.Length && string.CompareOrdinal(first[..length], before) <= 0)
        {
            length++;
        }

        return new WordChunks(first[..length], words[start..end]);
    }

    /// <summary>
    /// The chunk's data: <c>{"w":[words],"s":[each word's stem, a number into p],"p":[each stem's postings]}</c>,
    /// and, when written words stand for any of its stems, <c>"m":[each stem's such words]</c>.
    /// </summary>
    public StringBuilder Script(Postings postings, IReadOnlyDictionary<int, string[]> writtenFor)
    {
        var json = new StringBuilder();
        var numbers = new Dictionary<int, int>();
        var order = new List<int>();
        foreach (var (_, stem) in Words)
        {
            if (numbers.TryAdd(stem, numbers.Count))
            {
                order.Add(stem);
            }
        }

        ScriptText.Strings(json.Append("{\"w\":"), Words.Select(w => w.Word));
        json.Append(",\"s\":[");
        for (var i = 0; i < Words.Length; i++)
        {
            json.Append(i > 0 ? "," : "").Append(numbers[Words[i].Stem]);
        }

        json.Append("],\"p\":[");
        for (var i = 0; i < order.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            postings.Write(json, order[i]);
        }

        json.Append(']');
        if (order.Any(writtenFor.ContainsKey))
        {
            json.Append(",\"m\":[");
            for (var i = 0; i < order.Count; i++)
            {
                ScriptText.Strings(json.Append(i > 0 ? "," : ""), writtenFor.GetValueOrDefault(order[i], []));
            }

            json.Append(']');
        }

        return json.Append('}');
    }
}
