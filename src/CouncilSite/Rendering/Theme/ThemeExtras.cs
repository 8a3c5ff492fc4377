using System.Text;
using System.Text.RegularExpressions;
using CouncilSite.Diagnostics;

namespace CouncilSite.Rendering.Theme;

/// <summary>
/// The settings a theme's templates read from <c>extra</c> (<c>extra.contact_form</c>,
/// <c>site.extra["parish-map"]</c>): a setting CouncilSite does not use is not warned of when the
/// theme in use shows it, and the editor's schema allows it.
/// </summary>
public static partial class ThemeExtras
{
    /// <summary>Takes back the warnings (CS117) about settings the theme shows after all; the theme is known only once site.yml is read.</summary>
    public static void Withdraw(Theme theme, DiagnosticBag diagnostics)
    {
        var shown = Of(theme);
        diagnostics.Withdraw(d => d.UnusedSetting is { } setting && shown.Contains(setting));
    }

    public static IReadOnlySet<string> Of(Theme theme)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in theme.Under("layouts/").Concat(theme.Under("partials/")))
        {
            foreach (Match match in Read().Matches(Encoding.UTF8.GetString(file.Read())))
            {
                names.Add(match.Groups["dot"].Success ? match.Groups["dot"].Value : match.Groups["quoted"].Value);
            }
        }

        return names;
    }

    [GeneratedRegex("""\bextra(?:\.(?<dot>[A-Za-z_][A-Za-z0-9_]*)|\[\s*["'](?<quoted>[^"']+)["']\s*\])""")]
    private static partial Regex Read();
}
