using System.Text.RegularExpressions;
using CouncilSite.Data.Spend;

namespace CouncilSite.Tests.Docs;

/// <summary>The column names docs/content-format.md promises for spend data ("Spend data columns") are the ones the build accepts.</summary>
public partial class SpendColumnsDocsTests
{
    /// <summary>The lines of the section, up to the next heading.</summary>
    private static List<string> Section()
    {
        var lines = File.ReadAllLines(Path.Combine(DocSections.Repository, "docs", "content-format.md"));
        var start = Array.IndexOf(lines, "### Spend data columns");
        Assert.True(start >= 0, "docs/content-format.md has no '### Spend data columns' heading");
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith('#')).ToList();
    }

    [Fact]
    public void Every_name_in_the_table_is_taken_for_its_column()
    {
        var rows = Section().Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, row =>
        {
            var names = Code().Matches(row).Select(m => m.Groups[1].Value).ToList();
            var role = Assert.Single(SpendColumns.Match([names[0]])).Key;
            Assert.All(names, name => Assert.Contains(SpendColumns.Match([name]), r => r.Key == role));
        });
    }

    [Fact]
    public void The_example_header_has_every_column_spend_data_needs()
    {
        var section = Section();
        var header = section[section.IndexOf("```csv") + 1].Split(',');
        var roles = SpendColumns.Match(header);
        Assert.All([SpendRole.Date, SpendRole.Supplier, SpendRole.Amount, SpendRole.Purpose, SpendRole.Vat, SpendRole.Reference], role => Assert.True(roles.ContainsKey(role), $"No {role} column"));
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
