using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Theme;

namespace CouncilSite.Rendering.Language;

/// <summary>
/// Checks every <c>t 'key'</c> of the theme against each language's strings before any page is
/// drawn, so a missing string is one message at the template line, not one for every page.
/// </summary>
public static class StringUses
{
    public const string Function = "t";

    public static void Check(Templates templates, Translations translations, DiagnosticBag diagnostics)
    {
        foreach (var (span, key) in templates.LiteralCalls(Function))
        {
            foreach (var strings in translations.All.Where(s => !s.Has(key)))
            {
                diagnostics.Error(span.FileName, span.Start.Line + 1, span.Start.Column + 1, DiagnosticCodes.StringMissing,
                    StringException.MissingMessage(key, strings.File), "Add the string, or correct the key in the template.");
            }
        }
    }
}
