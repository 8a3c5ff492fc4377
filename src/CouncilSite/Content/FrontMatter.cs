using CouncilSite.Diagnostics;
using CouncilSite.Settings;
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
    /// <param name="settings">The settings this kind of file may hold.</param>
    /// <param name="trees">A preview session's YAML already parsed, so unchanged front matter is not parsed again.</param>
    public static FrontMatter? Split(string text, string file, SettingGroup settings, DiagnosticBag diagnostics, YamlTrees? trees = null)
    {
        if (!StartsWithFence(text))
        {
            return new FrontMatter(YamlDocument.Parse("", file, 1, settings, diagnostics)!, text, 1);
        }

        // Read line by line from the second line up to the closing fence; the rest is taken whole.
        var yamlStart = text.IndexOf('\n') + 1;
        for (var (start, index) = (yamlStart, 1); yamlStart > 0 && start <= text.Length; index++)
        {
            var end = text.IndexOf('\n', start);
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = start == yamlStart ? "" : text[yamlStart..(start - 1)];
                var fields = YamlDocument.Parse(yaml, file, 2, settings, diagnostics, trees);
                var body = end < 0 ? "" : text[(end + 1)..];
                return fields is null ? null : new FrontMatter(fields, body, index + 2);
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
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
