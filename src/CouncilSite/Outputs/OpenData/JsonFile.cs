using System.Text.Encodings.Web;
using System.Text.Json;

namespace CouncilSite.Outputs.OpenData;

/// <summary>Writes the open-data JSON files: UTF-8, with £ and accented letters as themselves, ending in a newline.</summary>
public static class JsonFile
{
    public static byte[] Write(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Writes a property only when it has a value, so the files carry no empty fields.</summary>
    public static void Optional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
