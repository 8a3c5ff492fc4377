using System.IO.Hashing;
using System.Text;
using CouncilSite.Outputs;

namespace CouncilSite.Search;

/// <summary>How the index is cut into files: the sizes trade a query's download against the number of files.</summary>
/// <param name="ChunkBytes">A chunk of words grows to about this many bytes before the next word starts another (a word found in most documents may be bigger alone).</param>
/// <param name="ShardSize">Results per file of result details: only the files of the results shown are loaded.</param>
/// <param name="TextLength">
/// Characters of each result's text kept, for the browser to show the words found in context: a
/// one-word query loads the files of its ten results shown, so this and <paramref name="ShardSize"/>
/// are sized together for at most 100 KB gzipped on the 10,000-document corpus (docs/speed.md).
/// </param>
public sealed record IndexLayout(int ChunkBytes = 40_000, int ShardSize = 8, int TextLength = 3_000);

/// <summary>How a result is shown besides its title, in the site's language: the section that owns the search page knows these.</summary>
/// <param name="Link">The relative link to a site address from the search page.</param>
/// <param name="CommitteeName">A committee's name by its id; null for an id the site does not know.</param>
public sealed record ResultLabels(Func<string, string> Link, Func<DateOnly, string> Date, Func<string, string?> CommitteeName);

/// <summary>
/// The site's search index: the files the browser loads (see docs/search.md for their shape) and
/// what the search page offers to filter by.
/// </summary>
/// <param name="Version">Changes whenever any file does, so a browser never mixes files of two builds.</param>
public sealed record SearchIndex(IReadOnlyList<OutputFile> Files, string ManifestPath, string Version, IReadOnlyList<ResultGroup> Groups)
{
    /// <summary>The index of <paramref name="entries"/>, its files under <paramref name="folder"/> (e.g. <c>search/index/</c>).</summary>
    public static SearchIndex Build(IReadOnlyList<SearchEntry> entries, SearchLanguage language, ResultLabels labels, string folder, IndexLayout layout)
    {
        var (documents, groups) = ResultGroup.Of(entries);
        var vocabulary = new Vocabulary(language);
        var words = new DocumentWords[documents.Length];
        Parallel.For(0, documents.Length, () => new WordCounter(vocabulary), (i, _, counter) =>
        {
            words[i] = counter.Count(documents[i]);
            return counter;
        }, _ => { });
        var postings = Postings.Of(words, vocabulary.StemCount);
        var chunks = WordChunks.Of(vocabulary.Sorted(), postings, layout.ChunkBytes);
        var writtenFor = vocabulary.WrittenFor();
        var files = new OutputFile[chunks.Count + ShardCount(documents.Length, layout)];
        Parallel.For(0, files.Length, i => files[i] = i < chunks.Count
            ? OutputFile.Made(folder + WordChunks.Name(i) + ".js", ScriptText.Adding(WordChunks.Name(i), chunks[i].Script(postings, writtenFor)))
            : Shard(documents, i - chunks.Count, layout, labels, folder));
        var version = Fingerprint(files);
        var manifest = IndexManifest.Script(version, documents.Length, layout.ShardSize, groups, labels, chunks, language);
        var manifestPath = folder + IndexManifest.Name + ".js";
        return new SearchIndex([.. files, OutputFile.Made(manifestPath, manifest)], manifestPath, version, groups);
    }

    private static int ShardCount(int documents, IndexLayout layout) => (documents + layout.ShardSize - 1) / layout.ShardSize;

    private static OutputFile Shard(SearchEntry[] documents, int shard, IndexLayout layout, ResultLabels labels, string folder)
    {
        var name = ResultShard.Name(shard);
        var from = shard * layout.ShardSize;
        var json = ResultShard.Json(documents.AsSpan(from, Math.Min(layout.ShardSize, documents.Length - from)), labels, layout.TextLength);
        return OutputFile.Made(folder + name + ".js", ScriptText.Adding(name, json));
    }

    /// <summary>A short fingerprint of every file's bytes, in order.</summary>
    private static string Fingerprint(IEnumerable<OutputFile> files)
    {
        var hash = new XxHash64();
        foreach (var file in files)
        {
            hash.Append(Encoding.UTF8.GetBytes(file.Path));
            hash.Append(file.Bytes!);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
