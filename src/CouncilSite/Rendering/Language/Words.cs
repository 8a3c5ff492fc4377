namespace CouncilSite.Rendering.Language;

/// <summary>
/// A string from a strings file with its values in place, as <c>t</c> gives it to a template.
/// It is text, escaped where it is printed like any value; it keeps its parts apart so that the
/// string's own words are written as a theme's words were (an apostrophe between tags stays an
/// apostrophe) while each value is escaped as that value printed alone would be.
/// </summary>
/// <param name="Parts">The string's words (<see cref="WordsPart.Value"/> null) and the values between them.</param>
public sealed record Words(IReadOnlyList<WordsPart> Parts)
{
    /// <summary>The plain text, for a template that passes it on to a function or another value.</summary>
    public string Text => string.Concat(Parts.Select(p => p.Text));

    public override string ToString() => Text;
}

/// <param name="Text">The part as text.</param>
/// <param name="Value">For a value, what the template gave (so HTML the library made stays HTML); null for the string's own words.</param>
public sealed record WordsPart(string Text, object? Value);
