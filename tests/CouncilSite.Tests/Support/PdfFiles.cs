using System.Globalization;
using System.Text;

namespace CouncilSite.Tests.Support;

/// <summary>Small PDF files written byte by byte, as clerks are sent them: with text, scanned (pictures only), damaged.</summary>
public static class PdfFiles
{
    /// <summary>A one-page PDF with a line of text, as a string, for sites written from inline files.</summary>
    public static readonly string Paper = Encoding.ASCII.GetString(WithText("A paper for the meeting"));

    /// <summary>A PDF with a page of text for each of <paramref name="pages"/>, a line of text a line.</summary>
    public static byte[] WithText(params string[] pages)
    {
        var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
        var kids = new List<string>();
        foreach (var page in pages)
        {
            var lines = page.Split('\n').Select((line, i) => $"BT /F1 10 Tf 40 {800 - (i * 12)} Td ({line.Replace("(", "\\(").Replace(")", "\\)")}) Tj ET");
            var content = string.Join("\n", lines);
            objects.Add($"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count} 0 R >>");
            kids.Add($"{objects.Count} 0 R");
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids)}] /Count {kids.Count} >>";
        return Write(objects);
    }

    /// <summary>A scanned page: a picture and no text.</summary>
    public static byte[] ImageOnly()
    {
        const string draw = "q 595 0 0 842 0 0 cm /Im1 Do Q";
        return Write([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream",
            $"<< /Length {draw.Length} >>\nstream\n{draw}\nendstream",
        ]);
    }

    /// <summary>A PDF cut off after its first few hundred bytes, as a failed download or copy leaves it.</summary>
    public static byte[] Damaged() => WithText("Minutes of the meeting")[..60];

    /// <summary>A PDF locked with a password that is not known.</summary>
    public static byte[] Locked()
    {
        var key = new string('A', 32);
        return Write(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"],
            $" /Encrypt << /Filter /Standard /V 1 /R 2 /O ({key}) /U ({key}) /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]");
    }

    private static byte[] Write(IReadOnlyList<string> objects, string trailer = "")
    {
        // Latin-1, so each character is the one byte the offsets count.
        var latin1 = Encoding.Latin1;
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return latin1.GetBytes(pdf.ToString());
    }
}
