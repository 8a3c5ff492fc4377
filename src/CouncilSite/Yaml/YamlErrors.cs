using YamlDotNet.Core;

namespace CouncilSite.Yaml;

/// <summary>
/// Puts the YAML reader's messages ("found invalid mapping") into words a clerk can act on,
/// keeping the reader's own words at the end for anyone who knows YAML.
/// </summary>
public static class YamlErrors
{
    private const string GeneralHint =
        "Check the indentation, that each setting is written 'name: value', and put quotes around values that contain a colon or start with a special character such as # or *.";

    private static readonly (string Phrase, string Message, string Hint)[] Known =
    [
        ("found invalid mapping",
            "A value here contains ': ' (a colon and a space), or a line is indented further than the setting above it.",
            "Put the whole value in double quotes, e.g. title: \"Note: the meeting has moved\", and line settings up under each other."),
        ("did not find expected key",
            "A line here is indented differently from the lines around it, or a quoted value has a quote mark inside it.",
            "Line settings up under each other with spaces. Inside a value quoted with ' write an apostrophe twice (it''s), or quote the value with \" instead."),
        ("did not find expected '-' indicator",
            "A list item and a setting are mixed at the same indentation.",
            "Start every item of a list with '- ', lined up under each other, and indent the settings of an item under its '- '."),
        ("found unexpected end of stream",
            "A quotation mark is opened here but never closed.",
            "Add the closing quotation mark at the end of the value."),
        ("flow sequence",
            "A list written in square brackets is not closed.",
            "Close it with ], or write one item a line starting with '- '."),
        ("anchor",
            "A value starts with * or &, which YAML treats as a special marker.",
            "Put the value in quotes, e.g. note: \"*Provisional*\"."),
    ];

    public static (string Message, string Hint) Explain(YamlException ex)
    {
        var reader = ReaderWords(ex);
        foreach (var (phrase, message, hint) in Known)
        {
            if (reader.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return ($"{message} (The YAML reader says: {reader})", hint);
            }
        }

        return ($"The settings here cannot be read. (The YAML reader says: {reader})", GeneralHint);
    }

    /// <summary>
    /// A tab in the indentation is the commonest YAML mistake and the reader reports it at the
    /// wrong place, so it is looked for before parsing: the 1-based line and column of the first one.
    /// </summary>
    public static (int Line, int Column)? FindIndentingTab(string text)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            for (var i = start; i < end && (text[i] == ' ' || text[i] == '\t'); i++)
            {
                if (text[i] == '\t')
                {
                    return (line, i - start + 1);
                }
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    private static string ReaderWords(YamlException ex)
    {
        // YamlDotNet prefixes messages with the position, which we already print in our own form.
        var message = ex.InnerException?.Message is { Length: > 0 } inner ? inner : ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}
