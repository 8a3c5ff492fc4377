using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Site;

/// <summary>
/// A CSV or theme file too large to be a council's (a database export, a disk image saved as .csv)
/// is refused with an error naming it, before it is read. The files are sparse (their size set,
/// nothing written), so a 3 GB file costs the test no disk and no time.
/// </summary>
public class CsvSizeLimitTests
{
    private const int Seconds = 1000;

    private static TempSite WithEmptyFile(string relative, long bytes)
    {
        var site = new TempSite();
        Directory.CreateDirectory(Path.GetDirectoryName(site.PathOf(relative))!);
        using var stream = new FileStream(site.PathOf(relative), FileMode.Create);
        stream.SetLength(bytes);
        return site;
    }

    [Theory(Timeout = 20 * Seconds)]
    [InlineData(60L * 1024 * 1024, "60.0 MB")]
    [InlineData(3L * 1024 * 1024 * 1024, "3.0 GB")]
    public async Task A_CSV_file_over_50_MB_is_an_error_naming_it_not_read(long bytes, string size)
    {
        using var site = WithEmptyFile("data/huge.csv", bytes);
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.DataFileOverLimit, "data/huge.csv"), (error.Code, error.File));
        Assert.Contains($"{size}, more than the 50 MB a CSV file may be", error.Message);
    }

    [Fact(Timeout = 20 * Seconds)]
    public async Task A_CSV_file_over_50_MB_beside_a_meeting_is_an_error_too()
    {
        using var site = WithEmptyFile("meetings/2026-10-15-full-council/payments.csv", 3L * 1024 * 1024 * 1024);
        site.Write("meetings/2026-10-15-full-council/agenda.md", "---\npublished: 2026-10-08\n---\n1. Apologies\n");
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.DataFileOverLimit, "meetings/2026-10-15-full-council/payments.csv"), (error.Code, error.File));
    }

    [Fact(Timeout = 20 * Seconds)]
    public async Task A_theme_file_over_10_MB_is_an_error_naming_it()
    {
        using var site = WithEmptyFile("themes/village/assets/logo.png", 3L * 1024 * 1024 * 1024);
        site.Write("site.yml", TempSite.SiteYml + "\ntheme: village\n");
        var result = await Task.Run(() => site.Build());
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.DataFileOverLimit, "themes/village/assets/logo.png"), (error.Code, error.File));
        Assert.Contains("more than the 10 MB a theme file may be", error.Message);
    }
}
