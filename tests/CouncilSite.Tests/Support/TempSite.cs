using System.Text;
using CouncilSite.Build;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Site;

namespace CouncilSite.Tests.Support;

/// <summary>
/// A clerk's folder written from inline files into a fresh temporary folder, with a separate
/// output folder beside it, deleted again when the test ends.
/// </summary>
public sealed class TempSite : IDisposable
{
    /// <summary>The date every test builds as, so statuses and overdue reviews never drift with the calendar.</summary>
    public static readonly DateOnly Today = new(2026, 11, 27);

    /// <summary>A site.yml with the two committees most tests use.</summary>
    public const string SiteYml = """
        name: Little Bramford Parish Council
        url: https://www.littlebramford-pc.gov.uk
        committees:
          - id: full-council
            name: Full Council
          - id: planning
            name: Planning Committee
        """;

    /// <summary>True when the disk the tests write to tells upper from lower case in file names (as Linux does; Windows and macOS do not by default).</summary>
    public static readonly bool CaseSensitiveDisk = ProbeCase();

    private readonly string _base;

    /// <summary>Files by path relative to the site folder; site.yml is added unless given.</summary>
    public TempSite(params (string Path, string Text)[] files)
    {
        _base = Path.Combine(Path.GetTempPath(), "councilsite-tests", Guid.NewGuid().ToString("N"));
        Root = Path.Combine(_base, "site");
        Output = Path.Combine(_base, "out");
        Directory.CreateDirectory(Root);
        if (!files.Any(f => f.Path == SiteConfigLoader.FileName))
        {
            Write(SiteConfigLoader.FileName, SiteYml);
        }

        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public string Output { get; }

    /// <summary>A folder outside the site, for files a site must never reach.</summary>
    public string Outside => Directory.CreateDirectory(Path.Combine(_base, "outside")).FullName;

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Delete(string relative)
    {
        var path = PathOf(relative);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }

    public BuildResult Build(string? output = null) =>
        SiteBuilder.Build(new BuildOptions(Root, output ?? Output, Today: Today));

    /// <summary>Runs the Load stage only, for tests of what a loader makes of the clerk's files.</summary>
    public Loaded Load()
    {
        var diagnostics = new DiagnosticBag();
        var folder = new SiteFolder(Root, diagnostics);
        var config = SiteConfigLoader.Load(folder, diagnostics)
            ?? throw new InvalidOperationException("site.yml did not load: " + string.Join("; ", diagnostics.ToSortedList()));
        var context = new LoadContext(folder, config, new MarkdownEngine(), diagnostics, Today);
        return new Loaded(ContentLoader.Load(context), diagnostics.ToSortedList());
    }

    /// <summary>A site of these files, loaded and deleted again.</summary>
    public static Loaded LoadFrom(params (string Path, string Text)[] files)
    {
        using var site = new TempSite(files);
        return site.Load();
    }

    /// <summary>Reads only site.yml, for tests of its settings.</summary>
    public (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) LoadConfig()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(new SiteFolder(Root, diagnostics), diagnostics);
        return (config, diagnostics.ToSortedList());
    }

    private static bool ProbeCase()
    {
        using var site = new TempSite(("probe/a.md", "a"));
        return !File.Exists(site.PathOf("probe/A.md"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_base, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system must not fail the test that passed.
        }
    }

    public sealed record Loaded(SiteContent Content, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

        public IEnumerable<string> Codes => Diagnostics.Select(d => d.Code);

        public Diagnostic Single(string code) => Assert.Single(Diagnostics, d => d.Code == code);
    }
}
