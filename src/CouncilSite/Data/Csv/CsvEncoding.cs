using System.Text;

namespace CouncilSite.Data.Csv;

/// <summary>How a CSV file's bytes were turned into text, so the page and the metadata can say so.</summary>
public enum CsvEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16,
    Windows1252,
}

/// <summary>
/// Decodes a CSV file. Excel's "CSV (Comma delimited)" saves Windows-1252, where £ is the single
/// byte A3; its "CSV UTF-8" saves UTF-8 with a byte order mark. A byte order mark decides; without
/// one the bytes are decoded as strict UTF-8, which almost never succeeds on Windows-1252 text that
/// holds a £ or an accented letter, and only when that fails are they read as Windows-1252.
/// </summary>
public static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252Encoding = LoadWindows1252();

    /// <param name="FirstNonUtf8Line">For a Windows-1252 file, the first line holding a byte that is not UTF-8, for the message.</param>
    public sealed record Decoded(string Text, CsvEncoding Encoding, int FirstNonUtf8Line);

    public static Decoded Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new Decoded(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), CsvEncoding.Utf8WithBom, 0);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new Decoded(utf16.GetString(bytes, 2, bytes.Length - 2), CsvEncoding.Utf16, 0);
        }

        try
        {
            return new Decoded(StrictUtf8.GetString(bytes), CsvEncoding.Utf8, 0);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + span[..Math.Clamp(ex.Index, 0, bytes.Length)].Count((byte)'\n');
            return new Decoded(Windows1252Encoding.GetString(bytes), CsvEncoding.Windows1252, line);
        }
    }

    /// <summary>The encoding's name as CSV on the Web and Frictionless metadata write it.</summary>
    public static string Name(CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.Windows1252 => "windows-1252",
        CsvEncoding.Utf16 => "utf-16",
        _ => "utf-8",
    };

    /// <summary>.NET ships only Unicode encodings until the code-page provider (part of the runtime) is registered.</summary>
    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
