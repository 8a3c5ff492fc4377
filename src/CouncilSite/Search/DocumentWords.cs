using System.Runtime.InteropServices;

namespace CouncilSite.Search;

/// <summary>The stems of one document: how often each is in its title and in its text, and how many words it has.</summary>
internal readonly record struct DocumentWords(int[] Stems, int[] TitleCounts, int[] TextCounts, int Length);

/// <summary>
/// Counts documents' words on one thread: it keeps the words this thread has met with their
/// stems, so most words are found without asking the shared <see cref="Vocabulary"/>, and its
/// counting space is used again for every document.
/// </summary>
internal sealed class WordCounter(Vocabulary vocabulary)
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stems =
        new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<int, (int Title, int Text)> _counts = [];
    private int _length;

    public DocumentWords Count(SearchEntry entry)
    {
        _counts.Clear();
        _length = 0;
        SearchLanguage.Fold(entry.Title, AddTitleWord);
        SearchLanguage.Fold(entry.Text, AddTextWord);

        var stems = new int[_counts.Count];
        var titles = new int[_counts.Count];
        var texts = new int[_counts.Count];
        var i = 0;
        foreach (var (stem, (title, text)) in _counts)
        {
            (stems[i], titles[i], texts[i]) = (stem, title, text);
            i++;
        }

        return new DocumentWords(stems, titles, texts, _length);
    }

    private void AddTitleWord(ReadOnlySpan<char> word) => CollectionsMarshal.GetValueRefOrAddDefault(_counts, StemOf(word), out _).Title++;

    private void AddTextWord(ReadOnlySpan<char> word) => CollectionsMarshal.GetValueRefOrAddDefault(_counts, StemOf(word), out _).Text++;

    private int StemOf(ReadOnlySpan<char> word)
    {
        _length++;
        if (!_stems.TryGetValue(word, out var stem))
        {
            stem = vocabulary.StemOf(word);
            _stems[word] = stem;
        }

        return stem;
    }
}
