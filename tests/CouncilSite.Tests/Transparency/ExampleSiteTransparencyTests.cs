using CouncilSite.Build;
using CouncilSite.Tests.Support;
using CouncilSite.Transparency;

namespace CouncilSite.Tests.Transparency;

/// <summary>The example council's transparency checklist, as residents see it.</summary>
public class ExampleSiteTransparencyTests(ExampleSiteBuild example) : IClassFixture<ExampleSiteBuild>
{
    [Fact]
    public void The_example_council_meets_its_transparency_code_and_fails_strict_without_its_audit_report()
    {
        var report = SiteCheck.Run(Path.Combine(example.Root, "example-site"), TempSite.Today).Report!;
        Assert.All(report.Items, i => Assert.True(i.Status == ItemStatus.Current, $"{i.Rule.Id}: {i.Explanation}"));

        using var copy = new TempSite();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(example.Root, "example-site"), "*", SearchOption.AllDirectories)
                     .Where(f => !Path.GetRelativePath(Path.Combine(example.Root, "example-site"), f).StartsWith("_site", StringComparison.Ordinal)))
        {
            copy.WriteBytes(Path.GetRelativePath(Path.Combine(example.Root, "example-site"), file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        copy.Delete("documents/internal-audit-report-2025-26.pdf");
        copy.Delete("documents/internal-audit-report-2025-26.yml");
        var strict = CommandRunner.Run("check", copy.Root, "--strict", "--today", "2026-11-27");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(strict.Stdout.Split(Environment.NewLine), l => l.TrimStart().StartsWith("Out of date ", StringComparison.Ordinal) && l.EndsWith("Internal audit report [2024-25]", StringComparison.Ordinal));
    }
}
