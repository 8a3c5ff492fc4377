using System.Reflection;
using CouncilSite.Diagnostics;
using CouncilSite.Site;

namespace CouncilSite.Rendering.Theme;

/// <summary>
/// The theme's files, looked up Hugo-style: a file in the site's <c>themes/&lt;name&gt;/</c>
/// wins over the built-in default theme's file of the same name, one file at a time, so a
/// council can change its header without copying the whole theme.
/// </summary>
public sealed class Theme
{
    private const string ResourcePrefix = "theme/";
    private readonly Dictionary<string, ThemeFile> _files;

    /// <summary>The built-in files a site's file of the same path replaces: strings files are merged key by key, not replaced.</summary>
    private readonly Dictionary<string, ThemeFile> _replaced;

    private Theme(Dictionary<string, ThemeFile> files, Dictionary<string, ThemeFile> replaced)
    {
        _files = files;
        _replaced = replaced;
    }

    /// <param name="Path">Theme-relative path with forward slashes, e.g. <c>layouts/meeting.html</c>.</param>
    /// <param name="Origin">Where a message about this file should point: the site file, or the built-in theme.</param>
    public sealed record ThemeFile(string Path, string Origin, Func<byte[]> Read);

    /// <summary>The built-in theme alone, as a site without theme files of its own has it.</summary>
    public static Theme BuiltIn() => new(BuiltInFiles(), new Dictionary<string, ThemeFile>(StringComparer.Ordinal));

    public static Theme Load(SiteFolder folder, SiteConfig config, DiagnosticBag diagnostics)
    {
        var files = BuiltInFiles();
        var replaced = new Dictionary<string, ThemeFile>(StringComparer.Ordinal);

        var siteTheme = $"themes/{config.Theme}";
        if (folder.DirectoryExists(siteTheme))
        {
            foreach (var file in folder.Files(siteTheme))
            {
                var path = file[(siteTheme.Length + 1)..];
                if (files.TryGetValue(path, out var builtIn))
                {
                    replaced[path] = builtIn;
                }

                files[path] = new ThemeFile(path, file, () => folder.ReadBytes(file, FileLimit.Theme) ?? []);
            }
        }
        else if (config.Theme != "default")
        {
            diagnostics.Error(SiteConfigLoader.FileName, 0, 0, DiagnosticCodes.ThemeNotFound,
                $"The theme '{config.Theme}' was not found in the folder themes/{config.Theme}/.",
                "Use 'theme: default', or create the theme's folder with the files it changes.");
        }

        return new Theme(files, replaced);
    }

    public ThemeFile? Find(string path) => _files.GetValueOrDefault(path);

    /// <summary>The file at a path, the built-in one first where the site's own file replaces it.</summary>
    public IEnumerable<ThemeFile> Layers(string path)
    {
        if (_replaced.GetValueOrDefault(path) is { } builtIn)
        {
            yield return builtIn;
        }

        if (Find(path) is { } file)
        {
            yield return file;
        }
    }

    /// <summary>Files under a theme folder (e.g. <c>assets/</c>), sorted.</summary>
    public IEnumerable<ThemeFile> Under(string folder) =>
        _files.Values.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal);

    private static Dictionary<string, ThemeFile> BuiltInFiles()
    {
        var files = new Dictionary<string, ThemeFile>(StringComparer.Ordinal);
        var assembly = typeof(Theme).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            files[path] = new ThemeFile(path, $"(built-in theme)/{path}", () => ReadResource(assembly, name));
        }

        return files;
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
