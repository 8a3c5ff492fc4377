using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CouncilSite.Yaml;

/// <summary>
/// Finds the line whose indentation broke a settings file. The YAML reader stops where the
/// structure no longer makes sense, which is often a line or more after the one indented wrongly
/// (a first setting under <c>clerk:</c> indented one space too far puts the blame on the second).
/// The line to change is found by trying: of the lines up to where the reader stopped, those
/// whose indentation, changed to that of a line near them, makes the whole file readable; of
/// those, the likeliest mistake (see <see cref="Find"/>).
/// </summary>
internal static class YamlIndentation
{
    /// <summary>How many lines above the reader's stopping place are tried: the wrong line is rarely far above.</summary>
    private const int LinesAbove = 20;

    /// <summary>Larger files are not tried line by line (each try reads the whole file); settings files are a few KB.</summary>
    private const int MaxLength = 64 * 1024;

    /// <param name="Line">The 1-based line to change.</param>
    /// <param name="Indent">The spaces it starts with now.</param>
    /// <param name="Wanted">The spaces it should start with.</param>
    /// <param name="LinedUpWith">A line near it whose setting starts <paramref name="Wanted"/> spaces in (after its '- ' for a list item), if any.</param>
    /// <param name="Under">The setting it belongs under when it is not indented under it: its line and name.</param>
    public sealed record Fix(int Line, int Indent, int Wanted, int? LinedUpWith, (int Line, string Name)? Under);

    /// <param name="stopped">The 1-based line where the reader stopped.</param>
    public static Fix? Find(string text, int stopped)
    {
        if (text.Length > MaxLength)
        {
            return null;
        }

        var lines = text.Split('\n');
        stopped = Math.Clamp(stopped, 1, lines.Length);
        var first = Math.Max(1, stopped - LinesAbove);
        var settings = SettingLines(lines);
        var near = Enumerable.Range(first, Math.Min(lines.Length, stopped + 5) - first + 1).Where(settings.Contains).ToList();

        // Of the changes that make the file readable, the likeliest mistake: the change leaving
        // fewest groups with nothing under them ('clerk:' followed by a line not indented under
        // it); then a line out of step with the lines around it, which agree; then the change
        // leaving fewest lines not two spaces in from the group they are in, as settings are
        // written; then the earliest. The file's first line starts the top level, so it can only
        // move to the margin.
        var top = Array.FindIndex(lines, HasSetting) + 1;
        var tried = Enumerable.Range(first, stopped - first + 1).Where(n => HasSetting(lines[n - 1]));
        var best = tried
            .Select(line => Readable(lines, line, near, line == top) is { } wanted ? (Line: line, Wanted: wanted) : default)
            .Where(f => f.Line > 0)
            .OrderBy(f => EmptyGroups(lines, f.Line, f.Wanted))
            .ThenByDescending(f => InStepWith(lines, near, f.Line, f.Wanted))
            .ThenBy(f => NotTwoSpacesIn(lines, settings, f.Line, f.Wanted))
            .ThenBy(f => f.Line)
            .FirstOrDefault();
        if (best.Line == 0)
        {
            return null;
        }

        var indent = IndentOf(lines[best.Line - 1]);
        var linedUp = near.Where(n => n != best.Line && SettingColumns(lines[n - 1]).Contains(best.Wanted))
            .OrderBy(n => n > best.Line)
            .ThenBy(n => Math.Abs(n - best.Line))
            .FirstOrDefault();
        return new Fix(best.Line, indent, best.Wanted, linedUp == 0 ? null : linedUp, Under(lines, near.LastOrDefault(n => n < best.Line), indent, best.Wanted));
    }

    /// <summary>The indentation, of those of the lines near it, that makes the file readable when given to the line; null when none does.</summary>
    private static int? Readable(string[] lines, int line, List<int> near, bool first)
    {
        var indent = IndentOf(lines[line - 1]);
        var above = near.LastOrDefault(n => n < line);
        var tries = (first ? [0] : near.Select(n => IndentOf(lines[n - 1])).Append(above == 0 ? 2 : IndentOf(lines[above - 1]) + 2))
            .Where(w => w != indent)
            .Distinct()
            .OrderBy(w => Math.Abs(w - indent))
            .ThenBy(w => w);
        foreach (var wanted in tries)
        {
            if (ReadsWith(lines, line, wanted))
            {
                return wanted;
            }
        }

        return null;
    }

    /// <summary>
    /// For a line out of step with the lines either side of it, which are indented alike, as the
    /// change would indent it: how many lines in a row around it are so indented; otherwise 0. A
    /// line opening a group ('committees:') is never counted out of step: moving it moves its group.
    /// </summary>
    private static int InStepWith(string[] lines, List<int> near, int line, int wanted)
    {
        if (Opens(lines[line - 1]))
        {
            return 0;
        }

        var at = near.IndexOf(line);
        var above = near.Take(at).Reverse().TakeWhile(n => IndentOf(lines[n - 1]) == wanted).Count();
        var below = near.Skip(at + 1).TakeWhile(n => IndentOf(lines[n - 1]) == wanted).Count();
        return above > 0 && below > 0 ? above + below : 0;
    }

    /// <summary>How many settings, with the line given another indentation, are not two spaces in from the group they are in.</summary>
    private static int NotTwoSpacesIn(string[] lines, IReadOnlyList<int> settings, int line, int wanted)
    {
        var count = 0;
        var groups = new Stack<int>(); // The indentation of each group the line is in, innermost on top.
        foreach (var n in settings)
        {
            var indent = n == line ? wanted : IndentOf(lines[n - 1]);
            while (groups.Count > 0 && groups.Peek() >= indent)
            {
                groups.Pop();
            }

            count += indent > 0 && (groups.Count == 0 || groups.Peek() + 2 != indent) ? 1 : 0;
            groups.Push(indent);
        }

        return count;
    }

    /// <summary>
    /// The lines (1-based) holding settings: not blank, not comments, and not the text of a value
    /// written over several lines after '|' or '>', whose indentation is the clerk's own.
    /// </summary>
    private static List<int> SettingLines(string[] lines)
    {
        var result = new List<int>();
        var textBelow = -1;
        for (var n = 1; n <= lines.Length; n++)
        {
            var line = lines[n - 1];
            if (!HasSetting(line) || (textBelow >= 0 && IndentOf(line) > textBelow))
            {
                continue;
            }

            result.Add(n);
            var value = WithoutComment(line).TrimEnd();
            textBelow = value.Length > 0 && (value.EndsWith('|') || value.EndsWith('>') || value.EndsWith("|-") || value.EndsWith(">-") || value.EndsWith("|+") || value.EndsWith(">+"))
                ? IndentOf(line)
                : -1;
        }

        return result;
    }

    /// <summary>The columns a line's settings start at: its indentation, and for a list item '- id: x' the column of 'id' too.</summary>
    private static int[] SettingColumns(string line)
    {
        var indent = IndentOf(line);
        return line.AsSpan(indent).StartsWith("- ") ? [indent, indent + 2] : [indent];
    }

    /// <summary>How many settings that open a group ('clerk:') have no line indented under them, with the line given another indentation.</summary>
    private static int EmptyGroups(string[] lines, int line, int wanted)
    {
        var moved = Moved(lines, line, wanted);
        var settings = SettingLines(moved);
        return settings.Zip(settings.Skip(1).Append(0))
            .Count(pair => Opens(moved[pair.First - 1]) && (pair.Second == 0 || IndentOf(moved[pair.Second - 1]) <= IndentOf(moved[pair.First - 1])));
    }

    /// <summary>The setting above, when it opens a group (<c>clerk:</c>) that the line belongs in but is not indented under.</summary>
    private static (int, string)? Under(string[] lines, int above, int indent, int wanted)
    {
        if (above == 0 || wanted <= indent)
        {
            return null;
        }

        var text = WithoutComment(lines[above - 1]).Trim();
        var opens = Opens(lines[above - 1]) && IndentOf(lines[above - 1]) >= indent && IndentOf(lines[above - 1]) < wanted;
        return opens ? (above, text.TrimStart('-', ' ').TrimEnd(':')) : null;
    }

    private static bool ReadsWith(string[] lines, int line, int indent)
    {
        try
        {
            new YamlStream().Load(new BoundedParser(new Parser(new StringReader(string.Join('\n', Moved(lines, line, indent))))));
            return true;
        }
        catch (YamlException)
        {
            return false;
        }
    }

    /// <summary>A copy of the lines with one (1-based) given another indentation.</summary>
    private static string[] Moved(string[] lines, int line, int indent)
    {
        var moved = (string[])lines.Clone();
        moved[line - 1] = new string(' ', indent) + lines[line - 1].TrimStart(' ');
        return moved;
    }

    /// <summary>True for a setting that opens a group, such as 'clerk:', with nothing after its colon but perhaps a comment.</summary>
    private static bool Opens(string line) => WithoutComment(line).TrimEnd().EndsWith(':');

    private static string WithoutComment(string line)
    {
        var comment = line.IndexOf(" #", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    /// <summary>True for a line with something on it other than a comment.</summary>
    private static bool HasSetting(string line)
    {
        var text = line.TrimStart(' ');
        return text.Length > 0 && text[0] != '#';
    }

    private static int IndentOf(string line) => line.Length - line.TrimStart(' ').Length;
}
