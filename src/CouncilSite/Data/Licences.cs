using CouncilSite.Outputs.Html;

namespace CouncilSite.Data;

/// <summary>A licence for reuse, with the name residents read and the address that defines it.</summary>
/// <param name="Id">As the .yml writes it: an SPDX-style id such as <c>OGL-UK-3.0</c>, or the clerk's own words.</param>
/// <param name="Name">The name in English, as the open-data files (written once, in English) give it.</param>
/// <param name="Key">
/// The string under <c>licence</c> of its name on a page, for a licence CouncilSite knows: an id
/// cannot be a key itself, as a key holds no dots.
/// </param>
public sealed record Licence(string Id, string Name, string? Url, string? Key = null)
{
    /// <summary>The name as a page in the language of <paramref name="format"/> shows it; the clerk's own words as written.</summary>
    public string NameIn(Format format) => Key is { } key ? format.Text("licence." + key) : Name;
}

/// <summary>The licences CouncilSite knows by id; anything else is shown as the clerk wrote it.</summary>
public static class Licences
{
    private static readonly Licence[] Known =
    [
        new("OGL-UK-3.0", "Open Government Licence v3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "ogl_uk_3_0"),
        new("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/", "cc_by_4_0"),
        new("CC0-1.0", "Creative Commons Zero 1.0 (public domain)", "https://creativecommons.org/publicdomain/zero/1.0/", "cc0_1_0"),
    ];

    public static Licence Find(string id) =>
        Known.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase)) ?? new Licence(id, id, null);
}
