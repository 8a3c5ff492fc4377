using System.Reflection;
using System.Text.RegularExpressions;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Docs;

/// <summary>
/// docs/guide.md shows a clerk real files of the example site and what <c>check</c> really says;
/// a clerk copies both, so a quote that no longer matches the example or the tool misleads them.
/// </summary>
public partial class GuideDocsTests
{
    private const string ExampleFolder = "example-site";

    private readonly string[] guide = File.ReadAllLines(Path.Combine(ExampleSiteBuild.Repository, "docs", "guide.md"));

    /// <summary>A fenced block of the guide: the text just before it, its lines without the fence's indent.</summary>
    private sealed record Block(string Before, IReadOnlyList<string> Lines, int Line);

    [Fact]
    public void Every_example_site_path_the_guide_names_exists()
    {
        var paths = guide.SelectMany(l => ExamplePath().Matches(l)).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(paths.Count >= 20, $"The guide names only {paths.Count} files of the example site");
        Assert.All(paths, path =>
        {
            var full = Path.Combine(ExampleSiteBuild.Repository, ExampleFolder, path);
            Assert.True(File.Exists(full) || Directory.Exists(full), $"docs/guide.md names {ExampleFolder}/{path}, which does not exist");
        });
    }

    [Fact]
    public void Every_excerpt_is_in_the_file_it_names()
    {
        var excerpts = Blocks().Select(b => (Block: b, Match: ExcerptIntro().Match(b.Before))).Where(x => x.Match.Success).ToList();

        Assert.True(excerpts.Count >= 15, $"The guide quotes only {excerpts.Count} files of the example site");
        Assert.All(excerpts, x =>
        {
            var path = x.Match.Groups[1].Value;
            var file = File.ReadAllText(Path.Combine(ExampleSiteBuild.Repository, ExampleFolder, path)).ReplaceLineEndings("\n").Split('\n');
            Assert.All(Pieces(x.Block.Lines), piece =>
                Assert.True(IsRunOf(piece, file), $"docs/guide.md line {x.Block.Line} quotes from {path} lines that are not in it together:\n{string.Join('\n', piece)}"));
        });
    }

    [Fact]
    public void Every_check_output_quoted_for_the_example_site_is_what_check_prints()
    {
        var runs = Blocks().Where(b => b.Lines.Count > 1 && b.Lines[0].StartsWith($"$ councilsite check {ExampleFolder} ", StringComparison.Ordinal)).ToList();

        Assert.True(runs.Count >= 4, $"The guide quotes only {runs.Count} runs of check on the example site");
        Assert.All(runs, run =>
        {
            var args = run.Lines[0]["$ councilsite ".Length..].Split(' ')
                .Select(a => a == ExampleFolder ? ExampleSiteBuild.SiteFolder : a).ToArray();
            var outcome = CommandRunner.Run(args);
            var printed = (outcome.Stderr + outcome.Stdout).ReplaceLineEndings("\n").Split('\n').ToHashSet(StringComparer.Ordinal);
            Assert.All(run.Lines.Skip(1).Where(l => l != "..."), line =>
                Assert.True(printed.Contains(line), $"docs/guide.md line {run.Line}: '{run.Lines[0]}' does not print\n{line}"));
        });
    }

    [Fact]
    public void Every_message_code_the_guide_names_exists()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToHashSet(StringComparer.Ordinal);
        var named = guide.SelectMany(l => MessageCode().Matches(l)).Select(m => m.Value).Distinct().ToList();

        Assert.True(named.Count >= 8, $"The guide names only {named.Count} message codes");
        Assert.All(named, code => Assert.True(codes.Contains(code), $"docs/guide.md names {code}, which is not a message code"));
    }

    private IEnumerable<Block> Blocks()
    {
        for (var i = 0; i < guide.Length; i++)
        {
            var indent = guide[i].Length - guide[i].TrimStart().Length;
            if (!guide[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var before = guide.Take(i).LastOrDefault(l => l.Trim().Length > 0) ?? "";
            var start = i + 1;
            var end = start;
            while (end < guide.Length && guide[end].Trim() != "```")
            {
                end++;
            }

            var lines = guide[start..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()).ToList();
            yield return new Block(before.Trim(), lines, start);
            i = end;
        }
    }

    /// <summary>The runs of lines an excerpt quotes, between its <c>...</c> lines.</summary>
    private static List<string[]> Pieces(IReadOnlyList<string> lines)
    {
        var pieces = new List<string[]>();
        var current = new List<string>();
        foreach (var line in lines.Append("..."))
        {
            if (line == "...")
            {
                if (current.Count > 0)
                {
                    pieces.Add([.. current]);
                }

                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }

        return pieces;
    }

    private static bool IsRunOf(string[] piece, string[] file) =>
        Enumerable.Range(0, Math.Max(0, file.Length - piece.Length + 1))
            .Any(start => piece.Select((line, i) => file[start + i] == line).All(same => same));

    [GeneratedRegex(@"`example-site/([^`\s]*)`")]
    private static partial Regex ExamplePath();

    /// <summary>An excerpt is introduced by a line ending with the file's path and a colon.</summary>
    [GeneratedRegex(@"`example-site/([^`\s]+)`:$")]
    private static partial Regex ExcerptIntro();

    [GeneratedRegex(@"\bCS\d{3}\b")]
    private static partial Regex MessageCode();
}
