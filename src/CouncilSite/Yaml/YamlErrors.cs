using YamlDotNet.Core;

namespace CouncilSite.Yaml;

/// <summary>
/// Puts what stopped the YAML reader into words a clerk can act on, at the line to change: the
/// reader's own words ("While parsing a block mapping, did not find expected key") are about its
/// workings, and its position is where it gave up, often below the mistake.
/// </summary>
public static class YamlErrors
{
    private const string GeneralHint =
        "Check the indentation, that each setting is written 'name: value', and put quotes around values that contain a colon or start with a special character such as # or *.";

    private const string Unreadable = "so the settings in this file cannot be read.";

    /// <summary>A message about settings that cannot be read, at a 1-based line and column of the settings text.</summary>
    public sealed record Problem(int Line, int Column, string Message, string Hint);

    /// <param name="text">The settings as read, to find the line to change.</param>
    /// <param name="firstLine">The line of the file the settings start on, for a message that names other lines.</param>
    public static Problem Explain(YamlException ex, string text, int firstLine = 1)
    {
        var (line, column) = ((int)ex.Start.Line, (int)ex.Start.Column);
        if (YamlIndentation.Find(text, line) is { } fix)
        {
            return Indentation(fix);
        }

        var reader = ReaderWords(ex);
        if (reader.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            var key = reader["Duplicate key ".Length..];
            var where = FirstOf(text, key, line, column) is { } first ? $", on lines {first + firstLine - 1} and {line + firstLine - 1}" : " in the same group";
            return new Problem(line, column, $"'{key}' is set twice{where}, {Unreadable}",
                "Keep one of the two lines and remove the other. If one belongs to a group above it (such as 'clerk:'), indent it under that setting.");
        }

        var written = line >= 1 && text.Split('\n') is var lines && line <= lines.Length ? lines[line - 1] : "";
        return Known(reader, written) is var (message, hint) ? new Problem(line, column, message, hint)
            : new Problem(line, column, $"This line cannot be read as settings, {Unreadable}", GeneralHint);
    }

    /// <summary>The line above <paramref name="line"/> where <paramref name="key"/> was first set in the same group (the same indentation); null when not found.</summary>
    private static int? FirstOf(string text, string key, int line, int column)
    {
        var lines = text.Split('\n');
        for (var above = Math.Min(line, lines.Length) - 1; above >= 1; above--)
        {
            var written = lines[above - 1].TrimEnd('\r');
            var indent = written.Length - written.TrimStart(' ').Length;
            var setting = written.TrimStart(' ');
            if (indent == column - 1 && setting.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return above;
            }

            // A line further left that is a setting, not a comment or blank, ends the group.
            if (indent < column - 1 && setting.Length > 0 && !setting.StartsWith('#'))
            {
                return null;
            }
        }

        return null;
    }

    private static Problem Indentation(YamlIndentation.Fix fix)
    {
        var spaces = fix.Wanted == 0 ? "no spaces" : $"{fix.Wanted} space{(fix.Wanted == 1 ? "" : "s")}";
        var linedUp = fix.LinedUpWith is { } other ? $", lined up with line {other}" : "";
        if (fix.Under is var (line, name))
        {
            return new Problem(fix.Line, 1, $"This line belongs under '{name}:' on line {line} but is not indented under it, {Unreadable}",
                $"Start the line with {spaces}{linedUp}, so that it sits under '{name}:'. Every setting of a group is indented the same.");
        }

        var now = fix.Indent == 0 ? "not indented" : $"indented by {fix.Indent} space{(fix.Indent == 1 ? "" : "s")}";
        var compared = fix.Wanted > fix.Indent ? (fix.Indent == 0 ? "unlike" : "less than") : "further than";
        return new Problem(fix.Line, 1, $"This line is {now}, {compared} the lines it belongs with, {Unreadable}",
            $"Start the line with {spaces}{linedUp}. Indent with spaces, the same number for every setting at the same level.");
    }

    /// <summary>The reader's commonest complaints that are not about indentation, in words about the line as written.</summary>
    private static (string Message, string Hint)? Known(string reader, string written)
    {
        bool Says(string phrase) => reader.Contains(phrase, StringComparison.OrdinalIgnoreCase);
        var setting = written.TrimStart(' ', '-');
        var colon = setting.IndexOf(": ", StringComparison.Ordinal);
        var value = colon < 0 ? "" : setting[(colon + 2)..].Trim();

        if (Says("found invalid mapping") && value.Contains(": ", StringComparison.Ordinal))
        {
            var quoted = value.Contains('"') ? $"'{value.Replace("'", "''")}'" : $"\"{value}\"";
            return ($"The value on this line contains ': ' (a colon and a space), which marks the start of a setting, {Unreadable}",
                $"Put the whole value in quotes: {setting[..colon]}: {quoted}");
        }

        if (Says("quoted scalar"))
        {
            return ($"A quotation mark opened on this line is never closed, {Unreadable}",
                "Add the closing quotation mark at the end of the value, the same kind (' or \") as the one that opens it.");
        }

        if (Says("did not find expected key") && value.StartsWith('\''))
        {
            return ($"The value on this line is in single quotes and has an apostrophe inside it, which ends the quotes early, {Unreadable}",
                $"Write the apostrophe twice (it''s), or put the value in double quotes instead: {setting[..colon]}: \"{value.Trim('\'').Replace("''", "'")}\"");
        }

        if (Says("did not find expected '-' indicator"))
        {
            return ($"This line is lined up with the items of a list above it but is not an item, {Unreadable}",
                "Start every item of a list with '- ', lined up under each other, and indent the settings of an item under its first word.");
        }

        if (Says("flow sequence") || Says("flow mapping"))
        {
            return ($"A list written in square brackets [ ], or settings in curly brackets {{ }}, is not closed, {Unreadable}",
                "Close it on the same line with ] or }, or write the list with one item a line, each starting with '- '.");
        }

        if (Says("anchor") || Says("alias"))
        {
            return ($"A value on this line starts with * or &, which mark a repeated setting in YAML, {Unreadable}",
                "Put the value in quotes, e.g. note: \"*Provisional*\".");
        }

        if (Says("cannot start any token"))
        {
            return ($"A value on this line starts with a character that cannot start a value, such as @ or `, {Unreadable}",
                "Put the value in quotes, e.g. contact: \"@clerk\".");
        }

        return Says("did not find expected key") || Says("found invalid mapping")
            ? ($"This line is indented differently from the lines around it, {Unreadable}",
                "Line settings of the same group up under each other with spaces, and put quotes around a value that contains ': '.")
            : null;
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
