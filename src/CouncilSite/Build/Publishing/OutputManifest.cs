using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace CouncilSite.Build.Publishing;

/// <summary>
/// What the last build wrote: each output file's hash, size and timestamp, kept in the
/// <see cref="WorkFolder"/> beside the output (not in it, so the site itself stays byte-identical
/// from build to build). It is also the list of the files a build may replace. A file whose
/// size and timestamp still match is known unchanged from its hash without reading it back; any
/// other file is compared byte by byte, so a file edited by hand is always replaced.
/// </summary>
internal static class OutputManifest
{
    private const string Header = "councilsite-manifest 1";

    public sealed record Entry(string Path, byte[] Hash, long Length, long Modified);

    public static byte[] Hash(ReadOnlySpan<byte> bytes) => XxHash128.Hash(bytes);

    /// <summary>
    /// The entries by path, or null when the manifest is missing or is not one: then nothing is
    /// known to be CouncilSite's but what the new site writes.
    /// </summary>
    public static Dictionary<string, Entry>? Read(string file)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(file) || new FileInfo(file).LinkTarget is not null)
            {
                return null;
            }

            using var reader = new StreamReader(file, Encoding.UTF8);
            if (reader.ReadLine() != Header)
            {
                return null;
            }

            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(' ', 4);
                if (parts.Length == 4 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var length) &&
                    long.TryParse(parts[2], CultureInfo.InvariantCulture, out var modified))
                {
                    entries[parts[3]] = new Entry(parts[3], Convert.FromHexString(parts[0]), length, modified);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }

        return entries;
    }

    public static void Write(string file, IEnumerable<Entry> entries)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var entry in entries)
        {
            text.Append(Convert.ToHexString(entry.Hash)).Append(' ')
                .Append(entry.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(entry.Modified.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(entry.Path).Append('\n');
        }

        var temporary = file + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, file, overwrite: true);
    }
}
