using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Cli;

/// <summary>
/// What <c>councilsite check</c> prints of a bilingual site's translations after its checklist, and
/// when <c>--strict</c> fails on them: only when site.yml says <c>translations: complete</c>.
/// </summary>
public class CheckTranslationsTests
{
    private const string Bilingual = """
        name: Little Bramford Parish Council
        languages: [en, cy]
        transparency: none
        """;

    private static readonly (string, string)[] Files =
    [
        ("site.yml", Bilingual),
        ("pages/about.md", "---\ntitle: About the council\n---\nThe council has seven councillors."),
        ("pages/about.cy.md", "---\ntitle: Ynglŷn â'r cyngor\n---\nMae gan y cyngor saith cynghorydd."),
        ("pages/contact.md", "---\ntitle: Contact us\n---\nWrite to the clerk."),
        ("news/2026-02-01-road-closure.md", "The Street is closed.\n"),
    ];

    private static CommandRunner.Outcome Check(TempSite site, params string[] more) =>
        CommandRunner.Run(["check", site.Root, "--today", "2026-11-27", .. more]);

    [Fact]
    public void Check_prints_each_sections_count_and_the_files_not_translated()
    {
        using var site = new TempSite(Files);

        var check = Check(site);

        Assert.Equal(0, check.ExitCode);
        Assert.Equal(
            """
            No transparency code applies (site.yml says 'transparency: none'), so there is no checklist.
            Welsh (cy): 1 of 3 texts translated.
              news/: 0 of 1; not translated:
                news/2026-02-01-road-closure.md
              pages/: 1 of 2; not translated:
                pages/contact.md

            """.ReplaceLineEndings(),
            check.Stdout);
    }

    [Fact]
    public void Check_strict_passes_missing_translations_unless_site_yml_says_they_are_complete()
    {
        using var site = new TempSite(Files);
        Assert.Equal(0, Check(site, "--strict").ExitCode);

        site.Write("site.yml", Bilingual + "\ntranslations: complete\n");
        var strict = Check(site, "--strict");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("pages/contact.md: warning CS153: This text has no Welsh translation (contact.cy.md)", strict.Stderr);
        Assert.Contains("site.yml says 'translations: complete', so each text not translated is a warning, and fails 'check --strict'.", strict.Stdout);
        Assert.Equal(0, Check(site).ExitCode);

        site.Write("pages/contact.cy.md", "Ysgrifennwch at y clerc.");
        site.Write("news/2026-02-01-road-closure.cy.md", "Mae'r Stryd ar gau.\n");
        var complete = Check(site, "--strict");
        Assert.Equal(0, complete.ExitCode);
        Assert.Contains("Welsh (cy): 3 of 3 texts translated.", complete.Stdout);
        Assert.DoesNotContain("CS153", complete.Stderr);
    }

    [Fact]
    public void A_long_list_shows_twenty_files_and_how_many_more()
    {
        using var site = new TempSite(("site.yml", Bilingual));
        for (var day = 1; day <= 25; day++)
        {
            site.Write($"news/2026-03-{day:00}-notice.md", "A notice.\n");
        }

        var lines = Check(site).Stdout.ReplaceLineEndings("\n").Split('\n');

        Assert.Contains("  news/: 0 of 25; not translated:", lines);
        Assert.Equal(20, lines.Count(l => l.StartsWith("    news/", StringComparison.Ordinal)));
        Assert.Contains("    and 5 more", lines);
    }

    [Fact]
    public void A_site_in_one_language_prints_no_translations()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\ntransparency: none\ntranslations: complete\n"), ("pages/about.md", "About us."));

        var check = Check(site, "--strict");

        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("translated", check.Stdout);
    }

    [Fact]
    public void The_example_site_has_nine_welsh_translations_of_its_ninety_six_texts()
    {
        var check = CommandRunner.Run("check", ExampleSiteBuild.SiteFolder, "--today", "2026-11-27");
        var lines = check.Stdout.ReplaceLineEndings("\n").Split('\n');

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("Welsh (cy): 9 of 96 texts translated.", lines);
        Assert.Contains("  meetings/: 4 of 68; not translated:", lines);
        Assert.Contains("  policies/: 1 of 7; not translated:", lines);
        Assert.Contains("  news/: 1 of 8; not translated:", lines);
        Assert.Contains("  pages/: 3 of 6; not translated:", lines);
        Assert.Contains("    pages/village-hall.md", lines);
        Assert.DoesNotContain("    pages/about.md", lines);
    }

    [Fact]
    public void What_docs_languages_quotes_of_check_is_what_check_prints()
    {
        var blocks = FencedBlocks(File.ReadAllLines(Path.Combine(ExampleSiteBuild.Repository, "docs", "languages.md")));
        var transcript = Assert.Single(blocks, b => b[0].StartsWith("$ councilsite check example-site ", StringComparison.Ordinal));
        var warning = Assert.Single(blocks, b => b[0].Contains("CS153", StringComparison.Ordinal));

        var args = transcript[0]["$ councilsite ".Length..].Split(' ').Select(a => a == "example-site" ? ExampleSiteBuild.SiteFolder : a).ToArray();
        AssertPrints(CommandRunner.Run(args), transcript.Skip(1));

        using var site = new TempSite(("site.yml", Bilingual + "\ntranslations: complete\n"), ("pages/privacy.md", "---\ntitle: Privacy notice\n---\nHow the council uses your data."));
        AssertPrints(Check(site), warning);
    }

    private static void AssertPrints(CommandRunner.Outcome outcome, IEnumerable<string> lines)
    {
        var printed = (outcome.Stderr + outcome.Stdout).ReplaceLineEndings("\n").Split('\n').ToHashSet(StringComparer.Ordinal);
        Assert.All(lines.Where(l => l != "..."), line => Assert.True(printed.Contains(line), $"docs/languages.md quotes a line check does not print:\n{line}"));
    }

    /// <summary>The lines of each fenced block of a document without a language (a transcript), fences left out.</summary>
    private static List<string[]> FencedBlocks(string[] doc)
    {
        var blocks = new List<string[]>();
        for (var i = 0; i < doc.Length; i++)
        {
            if (!doc[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var end = Array.IndexOf(doc, "```", i + 1);
            if (doc[i] == "```")
            {
                blocks.Add(doc[(i + 1)..end]);
            }

            i = end;
        }

        return blocks;
    }
}
