namespace CouncilSite.Site;

/// <summary>A file's size as residents and clerks read it: "512 bytes", "24 KB", "3.2 MB", "3.0 GB".</summary>
public static class FileSize
{
    public static string Text(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Max(1, (int)Math.Round(bytes / 1024.0))} KB",
        < 1024 * 1024 * 1024 => (bytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / (1024.0 * 1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " GB",
    };
}
