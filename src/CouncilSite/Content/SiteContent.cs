using CouncilSite.Content.Councillors;
using CouncilSite.Content.Data;
using CouncilSite.Content.Documents;
using CouncilSite.Content.Meetings;
using CouncilSite.Content.News;
using CouncilSite.Content.Pages;
using CouncilSite.Content.Policies;
using CouncilSite.Site;

namespace CouncilSite.Content;

/// <summary>Everything read from the clerk's folder, before any page is made.</summary>
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
    IReadOnlyList<Dataset> Datasets);
