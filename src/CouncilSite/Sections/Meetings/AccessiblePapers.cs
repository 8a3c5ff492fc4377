using CouncilSite.Diagnostics;

namespace CouncilSite.Sections.Meetings;

/// <summary>
/// The accessibility regulations exempt only office files published before they came into force;
/// a PDF or Word paper of a later meeting needs an accessible version, which on this site is a
/// Markdown file of the same name beside it (published as a web page).
/// </summary>
public static class AccessiblePapers
{
    /// <summary>The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 came into force.</summary>
    public static readonly DateOnly RegulationsInForce = new(2018, 9, 23);

    private static readonly HashSet<string> Formats = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".doc", ".docx", ".odt" };

    /// <param name="papers">The meeting's papers, dated by the meeting since a file's own date is not to be trusted.</param>
    /// <param name="markdownStems">Names (without ".md") of the Markdown files of the meeting published as web pages.</param>
    public static void Check(DateOnly meetingDate, IEnumerable<Paper> papers, IReadOnlySet<string> markdownStems, DiagnosticBag diagnostics)
    {
        if (meetingDate < RegulationsInForce)
        {
            return;
        }

        foreach (var paper in papers.Where(p => p.Content is null && Formats.Contains(p.File.Extension)))
        {
            var stem = Path.GetFileNameWithoutExtension(paper.File.FileName);
            if (markdownStems.Contains(stem))
            {
                continue;
            }

            diagnostics.Warning(paper.File.File, 0, 0, DiagnosticCodes.PaperWithoutHtml,
                $"This {paper.File.Kind} has no web-page version. Papers published since 23 September 2018 must be accessible, and a {paper.File.Kind} on its own rarely is.",
                $"Write the paper's text in {stem}.md beside it: it is published as a web page listed with the file.");
        }
    }
}
