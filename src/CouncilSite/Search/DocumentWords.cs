using System.Runtime.InteropServices;

namespace CouncilSite.Search;

/// <summary>
/// The stems of one document: how much each is used in its title and in its text, in half uses
/// (a word written counts 2, each word it may stand for 1), and how many words it has.
/// </summary>
internal readonly record struct DocumentWords(int[] Stems, int[] TitleHalves, int[] TextHalves, int Length);

/// <summary>
/// Counts documents' words on one thread: it keeps the words this thread has met with their
/// stems, so most words are found without asking the shared <see cref="Vocabulary"/>, and its
/// counting space is used again for every document.
/// </summary>
internal sealed class WordCounter(Vocabulary vocabulary)
{
    private const int Written = 2;
    private const int StoodFor = 1;

    private readonly Dictionary<string, WordStems>.AlternateLookup<ReadOnlySpan<char>> _stems =
        new Dictionary<string, WordStems>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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

    private void AddTitleWord(ReadOnlySpan<char> word) => Add(word, title: true);

    private void AddTextWord(ReadOnlySpan<char> word) => Add(word, title: false);

    private void Add(ReadOnlySpan<char> word, bool title)
    {
        var stems = StemsOf(word);
        Count(stems.Own, Written, title);
        foreach (var other in stems.StandsFor)
        {
            Count(other, StoodFor, title);
        }
    }

    private void Count(int stem, int halves, bool title)
    {
        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, stem, out _);
        if (title)
        {
            counts.Title += halves;
        }
        else
        {
            counts.Text += halves;
        }
    }

    private WordStems StemsOf(ReadOnlySpan<char> word)
    {
        _length++;
        if (!_stems.TryGetValue(word, out var stems))
        {
            stems = vocabulary.StemsOf(word);
            _stems[word] = stems;
        }

        return stems;
    }
}
