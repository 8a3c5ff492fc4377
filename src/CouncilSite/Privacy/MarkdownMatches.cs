using System.Runtime.CompilerServices;
using CouncilSite.Content;

namespace CouncilSite.Privacy;

/// <summary>A look-alike of personal data and the line of its file it is on.</summary>
public readonly record struct LineMatch(int Line, PersonalDataMatch Match);

/// <summary>
/// The look-alikes of personal data in each Markdown file's text, before the published contacts
/// and the clerk's reviews are taken into account (those can change without the file changing).
/// A preview session remembers them for each unchanged text, so an edit rescans only its file.
/// </summary>
public sealed class MarkdownMatches
{
    private readonly ConditionalWeakTable<MarkdownSource, IReadOnlyList<LineMatch>>? _remembered;

    public MarkdownMatches()
    {
    }

    /// <param name="remember">True for a preview session, whose unchanged files come back as the same source.</param>
    internal MarkdownMatches(bool remember) => _remembered = remember ? new ConditionalWeakTable<MarkdownSource, IReadOnlyList<LineMatch>>() : null;

    public IReadOnlyList<LineMatch> Of(MarkdownSource source) => _remembered is null ? Find(source) : _remembered.GetValue(source, Find);

    private static IReadOnlyList<LineMatch> Find(MarkdownSource source)
    {
        var found = new List<LineMatch>();
        var body = source.Body;
        var line = source.BodyLine;

        // Lines end at '\n' only, as the file's line numbers count them (other breaks were read as text).
        for (var start = 0; start <= body.Length; line++)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;

            // Most lines hold no @ and too few digits for any pattern: they are passed over without a copy.
            if (LineShape.Of(body.AsSpan(start, end - start)) is { MayMatch: true } shape)
            {
                foreach (var match in PersonalDataPatterns.Find(body[start..end], shape))
                {
                    found.Add(new LineMatch(line, match));
                }
            }

            start = end + 1;
        }

        return found;
    }
}
