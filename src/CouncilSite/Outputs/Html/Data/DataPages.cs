using CouncilSite.Content;
using CouncilSite.Content.Data;
using CouncilSite.Outputs.Html.Meetings;

namespace CouncilSite.Outputs.Html.Data;

/// <summary>A dataset as the data page lists it.</summary>
public sealed record DatasetView(
    string Title,
    string? Description,
    string FileAddress,
    string Kind,
    string Size,
    string LicenceName,
    string? LicenceUrl,
    string? Publisher,
    string? PeriodText,
    string? UpdatedText,
    IReadOnlyList<DatasetColumn> Columns);

/// <summary>The open data page: each dataset with its description, licence and download.</summary>
public static class DataPages
{
    private static readonly Dictionary<string, (string Name, string Url)> Licences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OGL-UK-3.0"] = ("Open Government Licence v3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
        ["CC-BY-4.0"] = ("Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        ["CC0-1.0"] = ("Creative Commons Zero 1.0 (public domain)", "https://creativecommons.org/publicdomain/zero/1.0/"),
    };

    public static IEnumerable<HtmlPage> Pages(SiteContent content)
    {
        yield return new HtmlPage("/data/", "layouts/data.html", "Open data", "data", [MeetingPages.Home],
            new Dictionary<string, object?> { ["datasets"] = content.Datasets.Select(View).ToList() },
            Description: $"Open data published by {content.Config.Name}, free to reuse.");
    }

    private static DatasetView View(Dataset d)
    {
        var licence = Licences.GetValueOrDefault(d.Licence);
        return new DatasetView(
            d.Title,
            d.Description,
            d.FileAddress,
            d.File.Kind,
            d.File.SizeText,
            licence.Name ?? d.Licence,
            licence.Url,
            d.Publisher,
            d.PeriodStart is { } s && d.PeriodEnd is { } e ? $"{Format.Date(s)} to {Format.Date(e)}" : null,
            d.Updated is { } u ? Format.Date(u) : null,
            d.Columns);
    }
}
