using CouncilSite.Diagnostics;
using CouncilSite.Yaml;

namespace CouncilSite.Content;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
/// <param name="BodyLine">The 1-based file line on which the body starts, to report body lines correctly.</param>
public sealed record FrontMatter(YamlFields Fields, string Body, int BodyLine)
{
    /// <summary>
    /// Splits on a first line of <c>---</c> and the next line of <c>---</c> (or <c>...</c>).
    /// Returns null, with a message, when the front matter is not closed or not valid YAML.
    /// </summary>
    public static FrontMatter? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (!StartsWithFence(text))
        {
            return new FrontMatter(YamlDocument.Parse("", file, 1, diagnostics)!, text, 1);
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var fields = YamlDocument.Parse(yaml, file, 2, diagnostics);
                var body = string.Join('\n', lines, i + 1, lines.Length - i - 1);
                return fields is null ? null : new FrontMatter(fields, body, i + 2);
            }
        }

        diagnostics.Error(file, 1, 1, DiagnosticCodes.FrontMatterUnclosed,
            "The settings block that starts with '---' on line 1 is never closed.",
            "Add a line with just '---' after the last setting, before the text of the page.");
        return null;
    }

    private static bool StartsWithFence(string text) =>
        text.StartsWith("---\n", StringComparison.Ordinal) || text.TrimEnd() == "---" ||
        (text.StartsWith("---", StringComparison.Ordinal) && text.IndexOf('\n') is var n && n > 0 && text[..n].TrimEnd() == "---");
}
