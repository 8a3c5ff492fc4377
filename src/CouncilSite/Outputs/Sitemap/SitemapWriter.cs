using System.Security;
using System.Text;
using CouncilSite.Addresses;

namespace CouncilSite.Outputs.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> for search engines. The sitemap protocol needs full addresses, so it is
/// written only when site.yml gives the site's <c>url</c>. On a site in more than one language,
/// each page names the same page in every language (<c>xhtml:link rel="alternate" hreflang</c>),
/// as search engines ask.
/// </summary>
public static class SitemapWriter
{
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <param name="languages">Where each of the site's languages keeps its pages; one entry (or none) for a site in one language.</param>
    public static byte[] Write(string siteUrl, IEnumerable<string> addresses, IReadOnlyList<LanguageAddresses> languages)
    {
        var listed = addresses.Order(StringComparer.Ordinal).ToList();
        var known = listed.ToHashSet(StringComparer.Ordinal);
        var bilingual = languages.Count > 1;
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"").Append(bilingual ? $" xmlns:xhtml=\"{Xhtml}\"" : "").Append(">\n");
        foreach (var address in listed)
        {
            xml.Append("  <url><loc>").Append(Url(siteUrl, address)).Append("</loc>");
            if (bilingual && languages.FirstOrDefault(l => l.Holds(address)) is { } own)
            {
                var page = own.Unplace(address);
                var alternates = languages.Select(l => (Tag: l.Tag, Address: l.Place(page)))
                    .Append((Tag: "x-default", Address: languages[0].Place(page))).Where(a => known.Contains(a.Address));
                foreach (var (tag, target) in alternates)
                {
                    xml.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(SecurityElement.Escape(tag))
                        .Append("\" href=\"").Append(Url(siteUrl, target)).Append("\"/>");
                }
            }

            xml.Append("</url>\n");
        }

        xml.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static string? Url(string siteUrl, string address) => SecurityElement.Escape(siteUrl + SiteAddress.Escape(address));
}
