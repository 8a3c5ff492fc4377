using System.Text;
using CouncilSite.Search;

namespace CouncilSite.Tests.Search;

/// <summary>The index a resident's browser reads: every word found in its chunk, filters as runs of numbers, the same bytes every build, and safe whatever a clerk writes.</summary>
public class SearchIndexTests
{
    private static readonly SearchEntry[] Entries =
    [
        new("/news/fete/", "Village fete", SearchKind.News, "The fete raised £2,500 for the play area.", new DateOnly(2025, 6, 1)),
        new("/meetings/2026-01-15-full-council/minutes/#d1", "Play area refurbishment", SearchKind.Decisions, "RESOLVED that the play areas be refurbished.", new DateOnly(2026, 1, 15), "full-council", "Full Council, 15 January 2026"),
        new("/meetings/2025-03-10-planning/", "Planning Committee", SearchKind.Meetings, "Applications for the allotments site.", new DateOnly(2025, 3, 10), "planning"),
        new("/policies/allotments/", "Allotment rules", SearchKind.Policies, "Allotment rent is due each October. Tenants' plots are inspected.", new DateOnly(2024, 10, 1)),
        new("/meetings/2026-01-15-full-council/", "Full Council", SearchKind.Meetings, "The precept for 2026 was set.", new DateOnly(2026, 1, 15), "full-council"),
        new("/about/", "About the council", SearchKind.Pages, "Café opening hours and the council’s office."),
        new("/meetings/2025-11-20-full-council/minutes/#d2", "Precept", SearchKind.Decisions, "RESOLVED that the precept be £25k.", new DateOnly(2025, 11, 20), "full-council"),
    ];

    [Fact]
    public void A_one_word_query_finds_its_word_in_the_chunk_its_prefix_leads_to()
    {
        var files = new IndexFiles(IndexFiles.Build(Entries));
        var found = files.Find("allotment");
        Assert.NotNull(found);
        var titles = found.Select(f => files.Result(f.Document)[0]).ToList();
        Assert.Contains("Allotment rules", titles);
        Assert.Contains("Planning Committee", titles);
    }

    [Fact]
    public void Every_word_of_every_entry_is_in_the_chunk_the_browser_looks_in_even_when_chunks_are_tiny()
    {
        var files = new IndexFiles(IndexFiles.Build(Entries, new IndexLayout(ChunkBytes: 40)));
        Assert.True(files.Keys.Count > 5, $"Only {files.Keys.Count} chunks were made");
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), files.Keys);
        foreach (var word in Entries.SelectMany(e => SearchLanguage.Words(e.Title + " " + e.Text)))
        {
            Assert.True(files.Find(word) is { Count: > 0 }, $"'{word}' is not in chunk {files.ChunkOf(word)}");
        }
    }

    [Fact]
    public void Forms_of_a_word_find_the_same_documents_and_titles_weigh_more()
    {
        var files = new IndexFiles(IndexFiles.Build(Entries));
        Assert.Equal(files.Find("area"), files.Find("areas"));
        var play = files.Find("play")!;
        var byTitle = play.Single(p => files.Result(p.Document)[0] == "Play area refurbishment");
        var byText = play.Single(p => files.Result(p.Document)[0] == "Village fete");
        Assert.True(byTitle.Weight > byText.Weight, $"A title word weighs {byTitle.Weight}, a text word {byText.Weight}");
    }

    [Fact]
    public void Each_kind_committee_and_year_is_a_run_of_document_numbers_in_the_manifest()
    {
        var files = new IndexFiles(IndexFiles.Build(Entries));
        var groups = files.Manifest.GetProperty("groups").EnumerateArray().Select(g => g.EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToList();
        var kinds = files.Manifest.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).ToList();
        var committees = files.Manifest.GetProperty("committees").EnumerateArray().Select(c => c[0].GetString()).ToList();
        Assert.Equal(Entries.Length, groups.Sum(g => g[4]));
        Assert.Equal(Entries.Length, files.Manifest.GetProperty("documents").GetInt32());
        var next = 0;
        foreach (var g in groups)
        {
            Assert.Equal(next, g[3]);
            next += g[4];
            for (var d = g[3]; d < g[3] + g[4]; d++)
            {
                var entry = Entries.Single(e => e.Title == files.Result(d)[0]);
                Assert.Equal(SearchKinds.Name(entry.Kind), kinds[g[0]]);
                Assert.Equal(entry.CommitteeId, g[1] < 0 ? null : committees[g[1]]);
                Assert.Equal(entry.Date?.Year ?? 0, g[2]);
            }
        }

        var fullCouncilDecisions = groups.Where(g => kinds[g[0]] == "decisions" && g[1] >= 0 && committees[g[1]] == "full-council").Sum(g => g[4]);
        Assert.Equal(2, fullCouncilDecisions);
    }

    [Fact]
    public void Results_show_their_link_date_context_and_text()
    {
        var files = new IndexFiles(IndexFiles.Build(Entries));
        var decision = files.Find("refurbished")!.Select(f => files.Result(f.Document)).Single(r => r[0] == "Play area refurbishment");
        Assert.Equal(["Play area refurbishment", "../meetings/2026-01-15-full-council/minutes/#d1", "15 January 2026", "Full Council, 15 January 2026", "RESOLVED that the play areas be refurbished."], decision);
    }

    private static List<SearchEntry> Many() =>
        [.. Enumerable.Range(0, 3000).Select(i => Entries[i % Entries.Length] with { Title = $"{Entries[i % Entries.Length].Title} {i}", Text = $"{Entries[i % Entries.Length].Text} word{i % 997} w{i}x" })];

    [Fact]
    public void Two_builds_of_the_same_entries_are_byte_identical()
    {
        var many = Many();
        var first = IndexFiles.Build(many, new IndexLayout(ChunkBytes: 2000));
        var second = IndexFiles.Build(many, new IndexLayout(ChunkBytes: 2000));
        Assert.True(first.Files.Count > 20);
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
        Assert.Equal(first.Version, second.Version);
    }

    /// <summary>The version fingerprints every file's bytes: these are the values builds gave before Welsh search counted words in half uses.</summary>
    [Fact]
    public void An_English_index_is_byte_for_byte_what_it_was_before_Welsh_search()
    {
        Assert.Equal("7c0bbcf9b5c59880", IndexFiles.Build(Entries).Version);
        Assert.Equal("70357d76372503fc", IndexFiles.Build(Many(), new IndexLayout(ChunkBytes: 2000)).Version);
    }

    [Fact]
    public void A_hostile_entry_leaves_every_file_valid_javascript_that_no_text_can_break_out_of()
    {
        var hostile = new SearchEntry(
            "/pages/x/</script><script>alert(1)</script>",
            "Title </script><script>alert(1)</script>\u2028\u2029\u0000\u0007\u001b\"\\ \ud800 end",
            SearchKind.Pages,
            string.Concat(Enumerable.Repeat("lorem ipsum \u2028 </script> ", 250_000)) + new string('z', 10_000) + " \ud83d\ude00 \udc00",
            Context: "</SCRIPT>\u2029");
        Assert.True(hostile.Text.Length > 5_000_000);
        var index = IndexFiles.Build([.. Entries, hostile]);
        foreach (var file in index.Files)
        {
            var text = Encoding.UTF8.GetString(file.Bytes!);
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u2028", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u2029", text, StringComparison.Ordinal);
            Assert.DoesNotContain(text, c => c < ' ' && c != '\n');
            Assert.Equal(1, text.Count(c => c == '\n'));
            IndexFiles.Read(Path.GetFileNameWithoutExtension(file.Path), file.Bytes!);
        }

        var files = new IndexFiles(index);
        var result = files.Find("alert")!.Select(f => files.Result(f.Document)).Single();
        Assert.Equal(hostile.Title.Replace("\ud800", "\ufffd", StringComparison.Ordinal), result[0]);
        Assert.True(result[4].Length <= new IndexLayout().TextLength);
        Assert.NotNull(files.Find(new string('z', SearchLanguage.LongestWord)));
        Assert.True(index.Files.Max(f => f.Bytes!.Length) < 100_000, "A 5 MB text made a file of " + index.Files.Max(f => f.Bytes!.Length) + " bytes");
    }

    [Fact]
    public void A_site_with_nothing_to_find_still_has_an_index_that_finds_nothing()
    {
        var files = new IndexFiles(IndexFiles.Build([]));
        Assert.Equal(0, files.Manifest.GetProperty("documents").GetInt32());
        Assert.Null(files.Find("anything"));
    }
}
