using CouncilSite.Site;

namespace CouncilSite.Starter;

/// <summary>Everything <c>councilsite new</c> asks before it writes a council's first site folder.</summary>
/// <param name="Url">The public address without a trailing slash, or null when the council has none yet.</param>
/// <param name="Workflow">The Git host to write a publishing workflow for, or null for none.</param>
public sealed record StarterCouncil(
    string Name,
    CouncilKind Kind,
    Nation Nation,
    IReadOnlyList<Committee> Committees,
    Clerk Clerk,
    string? Url,
    GitHost? Workflow);

/// <summary>A Git host whose CI can build and publish the site as static pages.</summary>
public enum GitHost
{
    GitHub,
    GitLab,
}
