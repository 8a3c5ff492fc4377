using System.Text;
using System.Xml;
using CouncilSite.Addresses;
using CouncilSite.Site;

namespace CouncilSite.Outputs.Feeds;

/// <summary>
/// Writes an Atom feed with .NET's XmlWriter, which escapes text and keeps the XML well formed.
/// Dates are the content's dates at midnight in the council's time zone, so the same content
/// always gives the same feed. Without the site's <c>url</c>, links are relative to the feed
/// (Atom resolves them against the feed's own address) and there is no <c>rel="self"</c>.
/// </summary>
public static class AtomWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(AtomFeed feed, SiteConfig config)
    {
        var entries = feed.Entries
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(AtomFeed.MaxEntries)
            .ToList();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            xml.WriteElementString("id", Atom, SiteIdentity.Id(config, feed.Address));
            xml.WriteElementString("title", Atom, $"{config.Name}: {feed.Title}");
            xml.WriteElementString("updated", Atom, Timestamp(entries.Count > 0 ? entries[0].Updated : null, config));
            Link(xml, "alternate", "text/html", Href(feed.PageAddress, feed.Address, config));
            if (SiteIdentity.Absolute(config, feed.Address) is { } self)
            {
                Link(xml, "self", AtomFeed.MediaType, self);
            }

            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, config.Name);
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "CouncilSite");

            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, SiteIdentity.Id(config, entry.Key));
                xml.WriteElementString("title", Atom, entry.Title);
                xml.WriteElementString("updated", Atom, Timestamp(entry.Updated, config));
                Link(xml, "alternate", null, Href(entry.Address, feed.Address, config));
                if (entry.Summary is { } summary)
                {
                    xml.WriteElementString("summary", Atom, summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string? type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Href(string address, string feedAddress, SiteConfig config) =>
        SiteIdentity.Absolute(config, address) ?? SiteAddress.Relative(feedAddress, address);

    /// <summary>The start of the day in the council's zone; a feed with no entries yet gives a fixed date, never the build's time.</summary>
    private static string Timestamp(DateOnly? date, SiteConfig config) =>
        Timestamps.Instant(Timestamps.StartOfDay(date ?? new DateOnly(2018, 1, 1), config.TimeZone));
}
