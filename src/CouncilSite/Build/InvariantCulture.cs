using System.Globalization;

namespace CouncilSite.Build;

/// <summary>
/// Runs a build (or a check, or a starter's writing) with the invariant culture as the current
/// culture, so a site is the same byte for byte whatever the machine's language: under Swedish
/// settings .NET writes −1 (U+2212) for -1, under Persian or Saudi ones it writes and reads dates in
/// another calendar. Our own code passes <see cref="CultureInfo.InvariantCulture"/> where it
/// formats, but libraries (Ical.Net writing <c>BYDAY=-1SU</c>) take no culture and read the current
/// one, and a new formatting call can forget; setting it here covers them all. The current culture
/// flows to every task and parallel loop started inside, and is put back afterwards, so the
/// caller's (a test's, the preview server's) is left as it was.
/// </summary>
public static class InvariantCulture
{
    public static T Run<T>(Func<T> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return work();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
