namespace CouncilSite.Content;

/// <summary>A clerk's file published as it is, at an address of its own.</summary>
/// <param name="Source">The file's path in the site folder, e.g. <c>meetings/2025-01-08-full-council/budget.pdf</c>.</param>
public sealed record CopiedFile(string Source, string Address);
