using CouncilSite.Diagnostics;
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
    public static YamlFields? Parse(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return YamlFields.Empty(file, firstLine, diagnostics);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + firstLine - 1;
            diagnostics.Error(file, line, (int)ex.Start.Column, DiagnosticCodes.YamlSyntax,
                $"The YAML here cannot be read: {Describe(ex)}",
                "Check the indentation, that each setting is written 'name: value', and put quotes around values that contain a colon or start with a special character such as # or *.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return YamlFields.Empty(file, firstLine, diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Error(file, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column, DiagnosticCodes.WrongType,
                "Expected settings written as 'name: value' lines.",
                "Each line should be a setting name, a colon, a space and the value, e.g. 'title: Standing Orders'.");
            return null;
        }

        return new YamlFields(map, file, firstLine, diagnostics);
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with the position, which we already print in our own form.
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}
