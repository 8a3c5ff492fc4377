using System.Text.RegularExpressions;

namespace CouncilSite.Sections.Meetings.Decisions;

/// <summary>A resolution's own words, from the text after "RESOLVED" to the end of its paragraph.</summary>
internal static partial class DecisionWords
{
    /// <summary>
    /// Drops the punctuation after "RESOLVED" and a closing note of a councillor coming back or
    /// leaving ("Cllr Tranter returned.", "Dychwelodd y Cyng. Tranter."), which records attendance, not the decision; starts with a capital.
    /// </summary>
    public static string From(string raw)
    {
        var words = InlineText.Tidy(raw).TrimStart(':', '-', '\u2013', '\u2014', ',', '.', ' ');
        while (AttendanceNote().Match(words) is { Success: true } note)
        {
            words = words[..note.Index].TrimEnd();
        }

        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"(?<=[.;])\s+(?:(?:Cllrs?\.?|Councillors?)\s[^.]{0,60}?\b(?:returned|left|rejoined|re-joined|re-entered|arrived|withdrew)\b[^.]{0,40}|(?:Dychwelodd|Gadawodd|Ailymunodd|Ail-ymunodd|Cyrhaeddodd|Ymadawodd)\s+(?:y\s+)?(?:Cyng\.?|Cynghorydd|Cynghorwyr|Cyngh\.?)\s[^.]{0,80})\.$")]
    private static partial Regex AttendanceNote();
}
