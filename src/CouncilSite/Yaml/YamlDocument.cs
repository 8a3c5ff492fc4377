using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CouncilSite.Yaml;

/// <summary>
/// Parses clerk-written YAML into a node tree that keeps line numbers, so every later
/// complaint about a value can point at the line the clerk must change.
/// </summary>
public static class YamlDocument
{
    /// <param name="firstLine">The file line the YAML text starts on (front matter starts on line 2).</param>
    /// <param name="settings">The settings the file may hold: others are warned of (CS116, CS117), and the loader may read only these.</param>
    /// <param name="trees">A preview session's trees: the same text of the same file is not parsed again.</param>
    public static YamlFields? Parse(string text, string file, int firstLine, SettingGroup settings, DiagnosticBag diagnostics, YamlTrees? trees = null)
    {
        if (trees?.Find(file, firstLine, text) is { } known)
        {
            return Read(known, file, firstLine, settings, diagnostics);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return YamlFields.Empty(file, firstLine, diagnostics, settings);
        }

        if (YamlErrors.FindIndentingTab(text) is { } tab)
        {
            diagnostics.Error(file, tab.Line + firstLine - 1, tab.Column, DiagnosticCodes.YamlSyntax,
                "This line is indented with a tab character; settings must be indented with spaces.",
                "Replace the tab at the start of the line with spaces (two spaces for each level of indentation).");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new BoundedParser(new Parser(new StringReader(text))));
        }
        catch (YamlLimitException ex)
        {
            diagnostics.Error(file, (int)ex.Start.Line + firstLine - 1, (int)ex.Start.Column, DiagnosticCodes.SettingsOverLimit, ex.Words, ex.Hint);
            return null;
        }
        catch (YamlException ex)
        {
            var problem = YamlErrors.Explain(ex, text, firstLine);
            diagnostics.Error(file, problem.Line + firstLine - 1, problem.Column, DiagnosticCodes.YamlSyntax, problem.Message, problem.Hint);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return YamlFields.Empty(file, firstLine, diagnostics, settings);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Error(file, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column, DiagnosticCodes.WrongType,
                "Expected settings written as 'name: value' lines.",
                "Each line should be a setting name, a colon, a space and the value, e.g. 'title: Standing Orders'.");
            return null;
        }

        trees?.Keep(file, firstLine, text, map);
        return Read(map, file, firstLine, settings, diagnostics);
    }

    private static YamlFields Read(YamlMappingNode map, string file, int firstLine, SettingGroup settings, DiagnosticBag diagnostics)
    {
        UnknownSettings.Check(map, settings, file, firstLine, diagnostics);
        return new YamlFields(map, file, firstLine, diagnostics, settings);
    }
}
