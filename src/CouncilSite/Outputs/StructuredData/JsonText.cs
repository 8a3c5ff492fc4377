using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace CouncilSite.Outputs.StructuredData;

/// <summary>
/// JSON as the site writes it for other programs. Letters of every script are written as they
/// are, but '&lt;', '&gt;', '&amp;' and quotes are always escaped (\u003C ...), so a clerk's
/// "&lt;/script&gt;" in a title cannot end the &lt;script&gt; element that holds JSON-LD.
/// </summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    /// <summary>Lines end with \n on every system, so a site built on Windows is the same as one built on Linux.</summary>
    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true, IndentSize = 2, NewLine = "\n" };

    /// <summary>On one line, for a page's &lt;script type="application/ld+json"&gt;.</summary>
    public static string ForPage(JsonNode node) => node.ToJsonString(Compact);

    /// <summary>Sets <paramref name="key"/> only when there is a value: absent rather than null, as schema.org and Popolo expect.</summary>
    public static void AddIfGiven(JsonObject node, string key, string? value)
    {
        if (value is not null)
        {
            node[key] = value;
        }
    }

    /// <summary>Indented with a final new line, for a file of its own.</summary>
    public static byte[] ForFile(JsonNode node) => Utf8File(writer => node.WriteTo(writer, Indented));

    /// <summary>
    /// An object written as <see cref="ForFile(JsonNode)"/> writes it, with a last property
    /// <paramref name="listName"/> whose items were each written by <see cref="ForList"/>: the
    /// items of a long list can then be written once and kept.
    /// </summary>
    public static byte[] ForFile(JsonObject head, string listName, IReadOnlyList<string> items) => Utf8File(writer =>
    {
        writer.WriteStartObject();
        foreach (var (name, value) in head)
        {
            writer.WritePropertyName(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer, Indented);
            }
        }

        writer.WritePropertyName(listName);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteRawValue(item, skipInputValidation: true);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>
    /// An object as it stands in a list that is a property of a file's top object, two levels in,
    /// from the line break before it: the writer copies such an item as it is, without indenting it.
    /// </summary>
    public static string ForList(JsonObject item) => ("\n" + item.ToJsonString(Indented)).Replace("\n", "\n    ", StringComparison.Ordinal);

    private static byte[] Utf8File(Action<Utf8JsonWriter> write)
    {
        // Written as UTF-8 from the start: a large council's export would otherwise be made twice more, as text.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Indented.Encoder, Indented = true, IndentSize = Indented.IndentSize, NewLine = Indented.NewLine }))
        {
            write(writer);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
