using System.Globalization;

namespace CouncilSite.Rendering.Language;

/// <summary>
/// The words of one language the generator and the theme show, read from the theme's
/// <c>strings/&lt;language&gt;.yml</c> (and the site's own, key by key) once per build.
/// </summary>
/// <param name="Language">The language tag pages in this language carry, e.g. <c>en-GB</c>.</param>
/// <param name="File">The strings file a missing string should be added to, as messages name it.</param>
/// <param name="Culture">The culture dates and numbers are written in: the strings' own language (English where the site's language has no strings).</param>
public sealed class Strings(string language, string file, IReadOnlyDictionary<string, StringText> texts, CultureInfo culture)
{
    public string Language => language;

    public CultureInfo Culture => culture;

    public string File => file;

    public bool Has(string key) => texts.ContainsKey(key);

    public StringText? Find(string key) => texts.GetValueOrDefault(key);

    public IEnumerable<string> Keys => texts.Keys;

    /// <summary>A string that takes no values.</summary>
    public string Text(string key) => Text(key, []);

    /// <summary>A string with its values: <c>Text("meetings.in_year", ("year", "2026"))</c>.</summary>
    public string Text(string key, params (string Name, object Value)[] values)
    {
        var text = Find(key) ?? throw StringException.Missing(key, this);
        var filled = text.Fill(name => Array.Find(values, v => v.Name == name) is { Value: { } v } ? Convert.ToString(v, CultureInfo.InvariantCulture) : null, out var missing);
        return missing is null ? filled : throw StringException.ValueMissing(key, missing, this);
    }
}
