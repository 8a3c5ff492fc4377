using System.Collections.Concurrent;

namespace CouncilSite.Search;

/// <summary>
/// Every distinct folded word of a build and its stem, each stemmed once however many documents
/// use it (a build has a few tens of thousands of words and millions of uses). Filled from many
/// threads: a word is looked up by its characters, so a word seen before makes no new string.
/// </summary>
internal sealed class Vocabulary(SearchLanguage language)
{
    private readonly ConcurrentDictionary<string, int> _stemOfWord = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _stemIds = new(StringComparer.Ordinal);
    private int _lastStem = -1;

    /// <summary>How many stem numbers were given; a number lost to two threads stemming the same new word at once has no postings.</summary>
    public int StemCount => _lastStem + 1;

    /// <summary>The number of <paramref name="word"/>'s stem.</summary>
    public int StemOf(ReadOnlySpan<char> word)
    {
        if (_stemOfWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var stem = _stemIds.GetOrAdd(language.Stem(text), _ => Interlocked.Increment(ref _lastStem));
        return _stemOfWord.GetOrAdd(text, stem);
    }

    /// <summary>Every word with its stem's number, in ordinal order (as JavaScript compares strings).</summary>
    public (string Word, int Stem)[] Sorted()
    {
        var words = _stemOfWord.Select(p => (p.Key, p.Value)).ToArray();
        Array.Sort(words, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return words;
    }
}
