namespace CouncilSite.Sections.Documents;

/// <summary>The addresses of the documents section; a document's own is its file's (see <see cref="Document.Address"/>).</summary>
public static class DocumentRoutes
{
    public const string Index = "/documents/";
    public const string Feed = "/documents/feed.xml";
}
