using CouncilSite.Diagnostics;
using CouncilSite.Site;

namespace CouncilSite.Starter;

/// <summary>An existing site folder that a <c>new</c> command adds a file to: its settings, read as a build reads them.</summary>
public sealed record StarterSite(string Root, SiteConfig Config, SiteFolder Folder)
{
    /// <summary>The site, or null with the messages that say why site.yml could not be read.</summary>
    public static (StarterSite? Site, IReadOnlyList<Diagnostic> Diagnostics) Open(string root)
    {
        var diagnostics = new DiagnosticBag();
        var folder = new SiteFolder(root, diagnostics);
        var config = SiteConfigLoader.Load(folder, diagnostics);
        var messages = diagnostics.ToSortedList();
        return config is null || messages.Any(d => d.IsError) ? (null, messages) : (new StarterSite(root, config, folder), messages);
    }

    /// <summary>A page's address as a resident will see it: in full when site.yml gives the url.</summary>
    public string AddressOf(string route) => (Config.Url ?? "") + route;
}
