using System.Text.RegularExpressions;

namespace CouncilSite.Sections.Meetings.Decisions;

/// <summary>
/// Finds where minutes record a decision with the word "resolved", as clerks really write it
/// (meetings.md, "Decisions register"). Capitals, "RESOLVED", are how minutes mark a resolution, so
/// they count anywhere unless they plainly point back at an earlier one ("as RESOLVED at the
/// last meeting"). Ordinary "Resolved"/"resolved" counts only in a resolution's own forms: at
/// the start of a line, after "it was" or "the council", or after "proposed ... seconded ...
/// and", and then followed by what introduces a resolution ("that", "to", a colon or dash, a
/// vote), so that "the leak has been resolved" is not a decision.
/// </summary>
/// <remarks>
/// Welsh minutes write the same word as "PENDERFYNWYD", and "a phenderfynwyd" after "eiliwyd ...
/// a" ("seconded ... and"); the rules above read it with the Welsh words of each form. It is
/// "it was resolved" in one word and only ever means a decision taken (a problem resolved is
/// "datryswyd"), so in lower case too it counts wherever it does not point back, whatever follows
/// it ("Penderfynwyd cymeradwyo'r cofnodion"). The noun "penderfyniad" and the verb "penderfynu"
/// are other words, and "ni phenderfynwyd" (it was not resolved) another spelling.
/// </remarks>
internal static partial class ResolutionWords
{
    /// <summary>One use of the word: the decision is the text after <see cref="End"/>; <see cref="SentenceStart"/> closes the one before.</summary>
    public readonly record struct Found(int SentenceStart, int End);

    public static IReadOnlyList<Found> In(string text)
    {
        var found = new List<Found>();
        foreach (Match word in Word().Matches(text))
        {
            var before = text[LineStart(text, word.Index)..word.Index];
            var after = text[(word.Index + word.Length)..];
            if (!Counts(word.Value, before, after))
            {
                continue;
            }

            var previousEnd = found.Count > 0 ? found[^1].End : 0;
            found.Add(new Found(Math.Max(previousEnd, SentenceStart(text, word.Index)), word.Index + word.Length));
        }

        return found;
    }

    private static bool Counts(string word, string before, string after)
    {
        if (PointsBack().IsMatch(before) || EarlierMeeting().IsMatch(after))
        {
            return false;
        }

        // Capitals mark a resolution; the Welsh word is one in any case.
        if (word == word.ToUpperInvariant() || !word.Equals("resolved", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var ownForm = LineOpening().IsMatch(before) || ItWas().IsMatch(before) || Body().IsMatch(before) || Seconded().IsMatch(before);
        return ownForm && Introduces().IsMatch(after);
    }

    private static int LineStart(string text, int index) => text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;

    private static int SentenceStart(string text, int index)
    {
        for (var i = index - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or ';' or '!' or '?'))
            {
                return i + 1;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_\-])(?:resolved|penderfynwyd|(?<=\ba\s+)phenderfynwyd)(?![\p{L}\p{N}_\-])", RegexOptions.IgnoreCase)]
    private static partial Regex Word();

    /// <summary>
    /// "as RESOLVED", "previously resolved", "had been resolved", "was not resolved": not a decision
    /// made here; in Welsh "fel y" (as), a negative ("ni", "nid", "na"), "os" (if), or "y" opening a reported
    /// clause ("Nododd y Clerc y penderfynwyd ...").
    /// </summary>
    [GeneratedRegex(@"\b(?:as|previously|already|been|had|has|have|not|never|unless|y|ni|nid|na|nad|os)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    /// <summary>"at the last meeting", "yn y cyfarfod diwethaf".</summary>
    [GeneratedRegex(@"^\s+(?:(?:at|in|by)\s+(?:the\s+|its\s+)?(?:last|previous|earlier|an\s+earlier|a\s+previous)|(?:yn|mewn)\s+(?:y\s+|yr\s+)?(?:cyfarfod|cyfarfodydd)\s+(?:diwethaf|blaenorol|cynt|cynharach))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierMeeting();

    /// <summary>Nothing before the word on its line but a minute number, a part and punctuation: "Resolved:", "8.1 Resolved", "(a) Resolved".</summary>
    [GeneratedRegex(@"^[\s\-\u2013\u2014:*\u2022]*(?:[A-Za-z]{0,4}\d{1,4}/\d{2,4}|\d{1,3}(?:\.\d{1,3})*[a-z]?)?[\s.):\-\u2013\u2014]*(?:\((?:[a-z]|[ivx]{1,4})\)\s*)?$")]
    private static partial Regex LineOpening();

    [GeneratedRegex(@"\bit\s+was\s+(?:(?!not\b|never\b)[\p{L}]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ItWas();

    [GeneratedRegex(@"\b(?:council|committee|sub-committee|members|meeting)\s+(?:[\p{L}]+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Body();

    [GeneratedRegex(@"\bseconded\b[^.;]*\band\s+(?:[\p{L}]+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Seconded();

    [GeneratedRegex(@"^(?:\s*(?:[:\-\u2013\u2014,(]|$)|\s+(?:that|to|unanimously|nem\.?\s*con|by\s+(?:\d|a\s+majority|majority|all\b|[\p{L}]+\s+votes?)))", RegexOptions.IgnoreCase)]
    private static partial Regex Introduces();
}
