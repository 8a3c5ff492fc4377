namespace CouncilSite.Privacy;

/// <summary>What the patterns need of a line: its digits, counted as far as any pattern needs, and whether it has an @.</summary>
public readonly record struct LineShape(int Digits, bool At)
{
    /// <summary>False for a line in which no pattern can match, without running them.</summary>
    public bool MayMatch => At || Digits >= PersonalDataPatterns.FewestDigits;

    public static LineShape Of(ReadOnlySpan<char> line)
    {
        var digits = 0;
        var rest = line;
        for (var at = rest.IndexOfAny(PersonalDataPatterns.DigitCharacters); at >= 0 && digits < PersonalDataPatterns.PhoneDigitCount;
             at = rest.IndexOfAny(PersonalDataPatterns.DigitCharacters))
        {
            digits++;
            rest = rest[(at + 1)..];
        }

        return new LineShape(digits, line.Contains('@'));
    }
}
