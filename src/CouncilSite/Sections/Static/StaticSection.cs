using CouncilSite.Content;

namespace CouncilSite.Sections.Static;

/// <summary>The files of <c>static/</c>, each published as it is at its path: <c>static/images/hall.jpg</c> is <c>/images/hall.jpg</c>.</summary>
public sealed record StaticFiles(IReadOnlyList<CopiedFile> Files);

/// <summary>The clerk's files published as they are, with no page of their own.</summary>
public sealed class StaticSection : Section<StaticFiles>
{
    public const string Folder = "static";

    protected override StaticFiles Read(LoadContext context) => new(context.Copies(context.Folder.Files(Folder), Folder + "/"));

    public override IEnumerable<CopiedFile> Copies(SiteContent content) => content.Of<StaticFiles>().Files;
}
