using CouncilSite.Diagnostics;
using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Language;
using CouncilSite.Rendering.Theme;

namespace CouncilSite.Starter;

/// <summary>Dates and times in a new file written as the site's pages write them ("Sunday 10 January 2027", "7:30pm").</summary>
public static class StarterFormat
{
    public static Format For(StarterSite site)
    {
        // Only the words are wanted; a theme's problems are the build's to report.
        var quiet = new DiagnosticBag();
        return new Format(StringsLoader.Load(Theme.Load(site.Folder.ReportingTo(quiet), site.Config, quiet), site.Config.Language, quiet));
    }
}
