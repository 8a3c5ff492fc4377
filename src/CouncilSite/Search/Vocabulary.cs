using System.Collections.Concurrent;

namespace CouncilSite.Search;

/// <summary>
/// Every distinct folded word of a build and its stem, each stemmed once however many documents
/// use it (a build has a few tens of thousands of words and millions of uses). Filled from many
/// threads: a word is looked up by its characters, so a word seen before makes no new string.
/// </summary>
/// <remarks>
/// The words a written word may stand for (<see cref="SearchLanguage.MayStandFor"/>) are words of
/// the index too, each with its own stem, though the site may never write them: "cyngor" is listed
/// for a site that only writes "gyngor", so that a search for it finds the page.
/// </remarks>
internal sealed class Vocabulary(SearchLanguage language)
{
    private readonly ConcurrentDictionary<string, int> _stemOfWord = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _stemIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordStems> _written = new(StringComparer.Ordinal);
    private int _lastStem = -1;

    /// <summary>How many stem numbers were given; a number lost to two threads stemming the same new word at once has no postings.</summary>
    public int StemCount => _lastStem + 1;

    /// <summary>The stems a use of <paramref name="word"/>, written in a document, counts for.</summary>
    public WordStems StemsOf(ReadOnlySpan<char> word)
    {
        if (_written.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var stems = new WordStems(StemOf(text), [.. language.MayStandFor(text).Select(StemOf)]);
        return _written.GetOrAdd(text, stems);
    }

    /// <summary>Every word with its stem's number, in ordinal order (as JavaScript compares strings).</summary>
    public (string Word, int Stem)[] Sorted()
    {
        var words = _stemOfWord.Select(p => (p.Key, p.Value)).ToArray();
        Array.Sort(words, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return words;
    }

    /// <summary>
    /// For each stem that written words stand for, those words in ordinal order ("cyngor":
    /// "chyngor", "gyngor", "nghyngor"), for the browser to mark in the results it finds.
    /// </summary>
    public Dictionary<int, string[]> WrittenFor()
    {
        var written = new Dictionary<int, List<string>>();
        foreach (var (word, stems) in _written)
        {
            foreach (var stem in stems.StandsFor)
            {
                (written.TryGetValue(stem, out var words) ? words : written[stem] = []).Add(word);
            }
        }

        return written.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray());
    }

    private int StemOf(string word)
    {
        if (_stemOfWord.TryGetValue(word, out var known))
        {
            return known;
        }

        var stem = _stemIds.GetOrAdd(language.Stem(word), _ => Interlocked.Increment(ref _lastStem));
        return _stemOfWord.GetOrAdd(word, stem);
    }
}

/// <summary>The stem of a written word, and the stems of the words it may stand for ("gyngor": "cyngor"), which it counts for at half weight.</summary>
internal sealed record WordStems(int Own, int[] StandsFor);
