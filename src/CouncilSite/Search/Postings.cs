using System.Text;

namespace CouncilSite.Search;

/// <summary>
/// For each stem, the documents that have it, in document order, each with a weight of 1 to 63:
/// how much the stem says about the document, worked out here so the browser only adds weights.
/// </summary>
/// <remarks>
/// The weight is BM25's (the usual search-engine score: more uses count, with less for each, and a
/// long document's uses count less) plus a fixed amount for a word of the title, rounded. A use of
/// a word the stem's word may stand for (Welsh "gyngor" for "cyngor") counts as half a use, and
/// half the title's amount, so the word as written always weighs at least as much. In a
/// file, a stem's postings are one JSON array of numbers, each (gap from the previous document's
/// number) × 64 + weight, the first from 0: small numbers, which gzip packs well.
/// </remarks>
internal sealed class Postings
{
    private const double Saturation = 1.2;
    private const double LengthPart = 0.75;
    private const double TitleBonus = 2.5;
    private const double Scale = 12;

    private readonly List<int>?[] _lists;

    private Postings(List<int>?[] lists) => _lists = lists;

    public static Postings Of(DocumentWords[] documents, int stems)
    {
        var lists = new List<int>?[stems];
        long total = 0;
        foreach (var document in documents)
        {
            total += document.Length;
        }

        var average = documents.Length == 0 ? 1 : Math.Max(1, (double)total / documents.Length);
        for (var d = 0; d < documents.Length; d++)
        {
            var (ids, titles, texts, length) = documents[d];
            var norm = Saturation * (1 - LengthPart + (LengthPart * length / average));
            for (var k = 0; k < ids.Length; k++)
            {
                var uses = texts[k] / 2.0;
                var score = (uses * (Saturation + 1) / (uses + norm)) + (TitleBonus * Math.Min(titles[k], 2) / 2);
                var weight = Math.Clamp((int)Math.Round(score * Scale), 1, 63);
                (lists[ids[k]] ??= []).Add((d << 6) | weight);
            }
        }

        return new Postings(lists);
    }

    /// <summary>How many documents have the stem.</summary>
    public int Count(int stem) => _lists[stem]?.Count ?? 0;

    /// <summary>The stem's postings as a JSON array.</summary>
    public void Write(StringBuilder json, int stem)
    {
        json.Append('[');
        var previous = 0;
        var list = _lists[stem] ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var (document, weight) = (list[i] >> 6, list[i] & 63);
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append(((long)(document - previous) * 64) + weight);
            previous = document;
        }

        json.Append(']');
    }
}
