using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.News;
using CouncilSite.Sections.Pages;
using CouncilSite.Sections.Policies;
using CouncilSite.Site;

namespace CouncilSite.Content;

/// <summary>Everything read from the clerk's folder, before any page is made.</summary>
/// <param name="Settings">
/// Set when a preview session loaded the content: a fingerprint of the settings and date the
/// parts were loaded under. Parts it handed back unchanged are the same objects as in the last
/// build, so what was worked out from them then may be kept (see <see cref="Remembered{TPart, TValue}"/>).
/// </param>
public sealed record SiteContent(
    SiteConfig Config,
    DateOnly Today,
    IReadOnlyList<Page> Pages,
    MarkdownSource? HomeIntro,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Policy> Policies,
    IReadOnlyList<Councillor> Councillors,
    IReadOnlyList<NewsItem> News,
    IReadOnlyList<Document> Documents,
    IReadOnlyList<Dataset> Datasets,
    UInt128? Settings = null);
