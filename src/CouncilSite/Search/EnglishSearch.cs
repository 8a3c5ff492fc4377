using Lucene.Net.Tartarus.Snowball.Ext;

namespace CouncilSite.Search;

/// <summary>
/// English, stemmed with Snowball's English (Porter2) stemmer from Lucene.NET, the stemmer most
/// search engines use for English: "allotments", "allotment" and "allotted" each find the others
/// only where Porter2 says they share a stem.
/// </summary>
public sealed class EnglishSearch : SearchLanguage
{
    /// <summary>A stemmer keeps the word it works on, so each thread has its own.</summary>
    private readonly ThreadLocal<EnglishStemmer> _stemmer = new(() => new EnglishStemmer());

    public override string Stem(string word)
    {
        var stemmer = _stemmer.Value!;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    public override IReadOnlyList<string> QueryEndings => ["s", "es", "ies:y", "ing", "ed", "ly"];
}
