using CouncilSite.Diagnostics;
using CouncilSite.Site;

namespace CouncilSite.Build.Stages;

/// <summary>Where a build's output may go: inside the site folder (the default <c>_site</c>) or anywhere else, never over it.</summary>
public static class OutputPlace
{
    /// <summary>The output may sit inside the site folder (the default <c>_site</c>), but never be it or hold it.</summary>
    /// <param name="output">The output's real path, links followed, as <paramref name="siteRoot"/> is compared with it.</param>
    public static bool Check(string siteRoot, string output, DiagnosticBag diagnostics)
    {
        var site = (RealPath.Of(siteRoot) ?? siteRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var target = output.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!site.StartsWith(target, StringComparison.Ordinal))
        {
            return true;
        }

        diagnostics.Error(output, 0, 0, DiagnosticCodes.OutputFailed,
            "The output folder is the site folder itself, or holds it; building there would replace the clerk's files.",
            "Leave out --output to build into _site inside the site folder, or name a separate folder.");
        return false;
    }

    /// <summary>The output folder itself, wherever it sits in the site (e.g. <c>static/preview</c>), and never the content folder around it.</summary>
    public static HashSet<string> FoldersToSkip(string siteRoot, string output)
    {
        var relative = Path.GetRelativePath(RealPath.Of(siteRoot) ?? siteRoot, output);
        var skip = new HashSet<string>(StringComparer.Ordinal) { BuildOptions.DefaultOutputName };
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
        {
            skip.Add(relative.Replace(Path.DirectorySeparatorChar, '/'));
        }

        return skip;
    }
}
