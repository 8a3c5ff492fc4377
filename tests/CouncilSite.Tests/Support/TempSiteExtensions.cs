using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Support;

public static class TempSiteExtensions
{
    /// <summary>Adds a file given as bytes (a CSV in another encoding), for chaining after the constructor.</summary>
    public static TempSite With(this TempSite site, string path, byte[] bytes)
    {
        site.WriteBytes(path, bytes);
        return site;
    }
}
