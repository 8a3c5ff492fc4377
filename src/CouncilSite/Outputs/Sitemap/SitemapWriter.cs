using System.Security;
using System.Text;
using CouncilSite.Addresses;

namespace CouncilSite.Outputs.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> for search engines. The sitemap protocol needs full addresses, so it is
/// written only when site.yml gives the site's <c>url</c>.
/// </summary>
public static class SitemapWriter
{
    public static byte[] Write(string siteUrl, IEnumerable<string> addresses)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var address in addresses.Order(StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(siteUrl + SiteAddress.Escape(address))).Append("</loc></url>\n");
        }

        xml.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}
