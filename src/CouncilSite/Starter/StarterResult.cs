namespace CouncilSite.Starter;

/// <summary>
/// What a <c>councilsite new</c> command did: the files it wrote (relative to the site folder,
/// with '/'), the address the new page will have, and what the clerk should know next; or, when it
/// wrote nothing, why, in plain words.
/// </summary>
public sealed record StarterResult(IReadOnlyList<string> Written, string? Address, IReadOnlyList<string> Notes, string? Refusal)
{
    public static StarterResult Refused(string why) => new([], null, [], why);
}
