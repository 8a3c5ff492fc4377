using System.Text;
using System.Text.RegularExpressions;
using CouncilSite.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CouncilSite.Tests.Security;

/// <summary>
/// The sample council with every documented free-text setting filled in and a file of every kind
/// whose name the clerk chooses freely, written with the text of each setting, file name and CSV
/// cell given by the caller: harmless words for one build, attack strings for another.
/// </summary>
public static partial class FuzzSite
{
    /// <summary>Settings whose values are checked (addresses, zones, ids, kinds): a payload there is refused with a message, as it should be.</summary>
    private static readonly HashSet<string> CheckedKeys =
        ["url", "timezone", "theme", "language", "photo", "schema", "licence", "type", "category", "committee", "status", "authority", "transparency", "id"];

    /// <summary>The files added beside the sample council's, with {name} where a chosen name goes.</summary>
    private static readonly (string Path, string Text)[] Added =
    [
        ("documents/{name}.pdf", "%PDF-1.4 named"),
        ("documents/{name}.yml", "title: Named document\ncategory: other\nsummary: A summary.\n"),
        ("documents/report.{name}", "a file with a chosen extension"),
        ("documents/report.yml", "title: Report\ncategory: other\n"),
        ("meetings/2026-10-15-full-council/{name}.pdf", "%PDF-1.4 paper"),
        ("meetings/2026-10-15-full-council/paper.{name}", "a paper with a chosen extension"),
        ("policies/{name}.pdf", "%PDF-1.4 policy"),
        ("policies/{name}.yml", "title: Named policy\nadopted: 2025-01-16\nreview: 2027-01-16\nversion: \"1.0\"\nsummary: A summary.\n"),
        ("pages/{name}.md", "---\ntitle: Named page\ndescription: A description.\n---\nText.\n"),
        ("pages/{name}/inside.md", "---\ntitle: Page in a named folder\n---\nText.\n"),
        ("councillors/{name}.md", "---\nname: Named Councillor\nrole: Councillor\nward: North ward\nemail: named@example.org\nphone: 01234 567891\ninterests:\n  - Allotment holder\n  - School governor\n---\nText.\n"),
        ("data/{name}.csv", "Item,Notes\nMower,Bought in 2025\n"),
        ("data/{name}.yml", "title: Named data\ndescription: A description.\npublisher: Someone\n"),
        ("static/{name}.txt", "text"),
    ];

    /// <summary>Settings the sample council leaves out, added so that they are filled too.</summary>
    private static readonly (string Path, string Text)[] Changed =
    [
        ("site.yml", """
            name: Little Bramford Parish Council
            url: https://www.littlebramford-pc.gov.uk
            timezone: Europe/London
            motto: Working together
            clerk:
              name: A. Clerk
              email: clerk@littlebramford-pc.gov.uk
              phone: 01234 567890
              address: "Village Hall, Church Lane, Little Bramford, AB1 2CD"
            committees:
              - id: full-council
                name: Full Council
                description: All the councillors.
              - id: planning
                name: Planning Committee
                description: Comments on planning applications.
            accessibility:
              contact: clerk@littlebramford-pc.gov.uk
              prepared: 2026-09-01
              known_issues:
                - The allotment plan is an image.
            """),
        ("meetings/2026-10-15-full-council/meeting.yml", "time: \"19:30\"\nlocation: Village Hall\ntitle: Budget meeting\n"),
        ("meetings/2026-10-15-full-council/budget-report.yml", "title: Budget report\n"),
        ("data/spending-2025-26.yml", """
            title: Spending over £500, 2025-26
            description: Every payment.
            publisher: Little Bramford Parish Council
            schema: spend
            columns:
              Description:
                title: What it was for
                description: The purpose of the payment.
            """),
    ];

    /// <param name="text">The value of the i-th free-text setting and CSV cell, in a fixed order.</param>
    /// <param name="name">The chosen name of the k-th added file or folder.</param>
    public static TempSite Create(Func<int, string> text, Func<int, string> name)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, content) in SampleSite.Files.Concat(Changed))
        {
            files[path] = content;
        }

        var names = 0;
        foreach (var group in Added.GroupBy(a => a.Path.Split('/')[0]))
        {
            // A name per kind of file; a file and its .yml description share it.
            var chosen = name(names++);
            foreach (var (path, content) in group)
            {
                files[path.Replace("{name}", chosen, StringComparison.Ordinal)] = content;
            }
        }

        var fields = 0;
        var site = new TempSite();
        foreach (var (path, content) in files)
        {
            var written = path.EndsWith(".yml", StringComparison.Ordinal) ? Fill(content, text, ref fields)
                : path.EndsWith(".md", StringComparison.Ordinal) ? FillFrontMatter(content, text, ref fields)
                : path.EndsWith(".csv", StringComparison.Ordinal) ? FillCsv(content, text, ref fields)
                : content;
            site.Write(path, written);
        }

        return site;
    }

    private static string FillFrontMatter(string markdown, Func<int, string> text, ref int fields)
    {
        var match = FrontMatter().Match(markdown);
        return match.Success ? $"---\n{Fill(match.Groups["yaml"].Value, text, ref fields)}---\n{markdown[match.Length..]}" : markdown;
    }

    /// <summary>Every cell but the first column (dates) and amounts, and every heading after the first two, the schema's own.</summary>
    private static string FillCsv(string csv, Func<int, string> text, ref int fields)
    {
        var lines = csv.TrimEnd('\n').Split('\n');
        var csvOut = new StringBuilder();
        for (var row = 0; row < lines.Length; row++)
        {
            var cells = lines[row].Split(',');
            for (var column = 0; column < cells.Length; column++)
            {
                var free = row == 0 ? column > 0 && !Schema.Contains(cells[column]) : column > 0 && !decimal.TryParse(cells[column], out _);
                var cell = free ? text(fields++) : cells[column];
                csvOut.Append(column > 0 ? "," : "").Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }

            csvOut.Append('\n');
        }

        return csvOut.ToString();
    }

    private static readonly string[] Schema = ["Date", "Supplier", "Amount", "Description"];

    private static string Fill(string yaml, Func<int, string> text, ref int fields)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        foreach (var document in stream.Documents)
        {
            Fill(document.RootNode, null, text, ref fields);
        }

        var written = new StringWriter();
        stream.Save(written, assignAnchors: false);
        return DocumentEnd().Replace(written.ToString(), "");
    }

    private static void Fill(YamlNode node, string? key, Func<int, string> text, ref int fields)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (name, value) in mapping.Children)
                {
                    Fill(value, ((YamlScalarNode)name).Value, text, ref fields);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Fill(item, key, text, ref fields);
                }

                break;
            case YamlScalarNode scalar when IsFreeText(key, scalar.Value ?? ""):
                scalar.Value = text(fields++);
                scalar.Style = ScalarStyle.DoubleQuoted;
                break;
        }
    }

    private static bool IsFreeText(string? key, string value) =>
        !CheckedKeys.Contains(key ?? "") && !Structured().IsMatch(value);

    /// <summary>Dates, times, numbers, true/false, ids and file names: the shapes a setting is checked against.</summary>
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|[\d.]+|true|false|[a-z0-9-]+(\.[a-z]+)?)$")]
    private static partial Regex Structured();

    [GeneratedRegex(@"^---\n(?<yaml>.*?\n)---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"\.\.\.\n?$")]
    private static partial Regex DocumentEnd();
}
