using System.Text;
using System.Text.Json;
using CouncilSite.Search;

namespace CouncilSite.Tests.Search;

/// <summary>An index's files read back as the browser reads them: each is <c>CouncilSearch.add("name", JSON);</c>.</summary>
internal sealed class IndexFiles
{
    private const string Folder = "search/index/";

    private readonly Dictionary<string, JsonElement> _data = new(StringComparer.Ordinal);

    public IndexFiles(SearchIndex index)
    {
        foreach (var file in index.Files)
        {
            var name = Path.GetFileNameWithoutExtension(file.Path);
            _data[name] = Read(name, file.Bytes!);
        }
    }

    public JsonElement Manifest => _data["manifest"];

    public IReadOnlyList<string> Keys => [.. Manifest.GetProperty("chunks").EnumerateArray().Select(k => k.GetString()!)];

    /// <summary>The one script statement a file holds, and its data, which must be strict JSON (and so valid JavaScript).</summary>
    public static JsonElement Read(string name, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var head = $"CouncilSearch.add(\"{name}\",";
        Assert.StartsWith(head, text, StringComparison.Ordinal);
        Assert.EndsWith(");\n", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text.AsMemory(head.Length, text.Length - head.Length - 3));
        return json.RootElement.Clone();
    }

    public static SearchIndex Build(IReadOnlyList<SearchEntry> entries, IndexLayout? layout = null, string language = "en-GB") =>
        SearchIndex.Build(entries, SearchLanguage.For(language), new ResultLabels(a => ".." + a, d => d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), id => id.ToUpperInvariant()), Folder, layout ?? new IndexLayout());

    /// <summary>The chunk the browser loads for a word: the last whose key sorts at or before it.</summary>
    public int ChunkOf(string word)
    {
        var keys = Keys;
        var chunk = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.CompareOrdinal(keys[i], word) <= 0)
            {
                chunk = i;
            }
        }

        return chunk;
    }

    public JsonElement Chunk(int n) => _data["words-" + n];

    /// <summary>The documents a word finds, as the browser decodes them, or null when its chunk does not hold it.</summary>
    public IReadOnlyList<(int Document, int Weight)>? Find(string word)
    {
        var chunk = Chunk(ChunkOf(word));
        var words = chunk.GetProperty("w").EnumerateArray().Select(w => w.GetString()).ToList();
        var at = words.IndexOf(word);
        if (at < 0)
        {
            return null;
        }

        var stem = chunk.GetProperty("s")[at].GetInt32();
        var found = new List<(int, int)>();
        var document = 0;
        foreach (var posting in chunk.GetProperty("p")[stem].EnumerateArray())
        {
            var value = posting.GetInt64();
            document += (int)(value / 64);
            found.Add((document, (int)(value % 64)));
        }

        return found;
    }

    /// <summary>The words the browser marks in the results a word finds: the chunk's words with its stem, and the written words the chunk says stand for it.</summary>
    public IReadOnlyList<string> Marks(string word)
    {
        var chunk = Chunk(ChunkOf(word));
        var words = chunk.GetProperty("w").EnumerateArray().Select(w => w.GetString()!).ToList();
        var stems = chunk.GetProperty("s").EnumerateArray().Select(s => s.GetInt32()).ToList();
        var stem = stems[words.IndexOf(word)];
        var standing = chunk.TryGetProperty("m", out var m) ? m[stem].EnumerateArray().Select(w => w.GetString()!) : [];
        return [.. words.Where((_, i) => stems[i] == stem).Concat(standing).Order(StringComparer.Ordinal)];
    }

    /// <summary>A result's details as the page shows them: title, link, date, context, excerpt.</summary>
    public string[] Result(int document)
    {
        var shard = Manifest.GetProperty("shard").GetInt32();
        return [.. _data["results-" + (document / shard)][document % shard].EnumerateArray().Select(e => e.GetString()!)];
    }

    public IEnumerable<string> Names => _data.Keys;
}
