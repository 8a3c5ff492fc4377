using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CouncilSite.Sections.Meetings.Decisions;

/// <summary>
/// The bold words a paragraph opens with, which name what it is about: "**DC/25/00112/HOU,
/// 14 Mill Road: extension.** Members noted ...". Labels of who attended are not subjects.
/// </summary>
internal static class LeadIn
{
    private static readonly string[] Attendance =
    [
        "present", "also present", "in attendance", "apologies", "absent", "members of the public",
        "yn bresennol", "hefyd yn bresennol", "ymddiheuriadau", "yn absennol", "aelodau'r cyhoedd",
    ];

    public static string? Of(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not EmphasisInline { DelimiterCount: 2 } strong)
        {
            return null;
        }

        var text = InlineText.Tidy(InlineText.Of(strong)).TrimEnd('.', ':', ' ');
        var isLabel = Attendance.Contains(text.ToLowerInvariant().Replace('\u2019', '\''));
        return text.Length == 0 || isLabel || ResolutionWords.In(text).Count > 0 ? null : text;
    }
}
