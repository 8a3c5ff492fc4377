using System.Text;
using System.Text.RegularExpressions;

namespace CouncilSite.Rendering.Language;

/// <summary>
/// One string of a strings file, read once: its words, with <c>{name}</c> where a value goes
/// ("Meetings in {year}"). A brace that does not close round a name is written as it is.
/// </summary>
public sealed partial class StringText
{
    private readonly string[] _parts;

    public StringText(string text)
    {
        // Split keeps the captured names at the odd places: words, name, words, name, words.
        _parts = Placeholder().Split(text);
        Text = text;
    }

    /// <summary>The string as written in the file.</summary>
    public string Text { get; }

    /// <summary>The names of the values the string takes, in the order they are written.</summary>
    public IEnumerable<string> Names => _parts.Where((_, i) => i % 2 == 1);

    /// <summary>The string with each value put in its place; null names the first value not given.</summary>
    public string Fill(Func<string, string?> value, out string? missing)
    {
        missing = null;
        if (_parts.Length == 1)
        {
            return _parts[0];
        }

        var text = new StringBuilder();
        for (var i = 0; i < _parts.Length; i++)
        {
            if (i % 2 == 0)
            {
                text.Append(_parts[i]);
            }
            else if (value(_parts[i]) is { } given)
            {
                text.Append(given);
            }
            else
            {
                missing ??= _parts[i];
            }
        }

        return text.ToString();
    }

    /// <summary>The string's words and values apart, for a template (see <see cref="Words"/>); null names the first value not given.</summary>
    public Words Parts(Func<string, (string Text, object Value)?> value, out string? missing)
    {
        missing = null;
        var parts = new List<WordsPart>(_parts.Length);
        for (var i = 0; i < _parts.Length; i++)
        {
            if (i % 2 == 0)
            {
                if (_parts[i].Length > 0)
                {
                    parts.Add(new WordsPart(_parts[i], null));
                }
            }
            else if (value(_parts[i]) is { } given)
            {
                parts.Add(new WordsPart(given.Text, given.Value));
            }
            else
            {
                missing ??= _parts[i];
            }
        }

        return new Words(parts);
    }

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
