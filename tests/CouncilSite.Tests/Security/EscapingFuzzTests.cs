using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CouncilSite.Addresses;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Security;

/// <summary>
/// Attack strings in every setting, chosen file name and CSV cell of a whole council must never
/// become markup, script or a script address on any page, nor break the XML, JSON and iCalendar
/// files. Each payload goes into every place once (round r gives place i payload i + r), against
/// one build of the same council with harmless words: the pages of both must hold the same elements.
/// </summary>
public class EscapingFuzzTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "cite", "data", "srcset", "background", "xlink:href"];

    [Fact]
    public void Attack_strings_in_every_setting_name_and_cell_never_reach_the_output_as_markup_or_script()
    {
        var harmless = Build(i => $"Plain words {i}", k => $"plain-name-{k}");
        Assert.True(harmless.Problems.Count == 0, string.Join("\n", harmless.Problems));
        var payloads = XssPayloads.All;
        for (var round = 0; round < payloads.Length; round++)
        {
            var r = round;
            var built = Build(i => payloads[(i + r) % payloads.Length], k => XssPayloads.AsName(payloads[(k + r) % payloads.Length]));
            var where = $"round {round} (first payload: {payloads[round]})";
            Assert.True(built.Problems.Count == 0, where + ":\n" + string.Join("\n", built.Problems));
            Assert.Equal(harmless.Elements, built.Elements);
            Assert.Equal(harmless.Events, built.Events);
        }
    }

    /// <summary>What the test compares of a build: which elements and attributes its pages hold, and what is wrong in any output.</summary>
    private sealed record Built(SortedDictionary<string, int> Elements, int Events, List<string> Problems);

    private static Built Build(Func<int, string> text, Func<int, string> name)
    {
        using var site = FuzzSite.Create(text, name);
        var result = site.Build();
        var problems = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        var elements = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var events = 0;
        if (!result.Succeeded)
        {
            return new Built(elements, events, problems);
        }

        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(site.Output, file);
            var content = File.ReadAllText(file, Encoding.UTF8);
            switch (Path.GetExtension(file))
            {
                case ".html":
                    // The search page's A-Z index has a heading per first letter of the titles, so its shape follows the words.
                    CheckHtml(relative, Parser.ParseDocument(content), relative == "search/index.html" ? new(StringComparer.Ordinal) : elements, problems);
                    break;
                case ".xml":
                    events += CheckXml(relative, content, problems);
                    break;
                case ".json":
                    CheckJson(relative, content, problems);
                    break;
                case ".ics":
                    events += CheckCalendar(relative, content, problems);
                    break;
            }
        }

        return new Built(elements, events, problems);
    }

    /// <summary>Counts each element and each element's attribute names, site-wide; anything scripted is a problem in itself.</summary>
    private static void CheckHtml(string file, IDocument page, SortedDictionary<string, int> elements, List<string> problems)
    {
        foreach (var element in page.All)
        {
            var shape = element.LocalName + "[" + string.Join(",", element.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal)) + "]";
            elements[shape] = elements.GetValueOrDefault(shape) + 1;
            if (element.LocalName == "script" && element.GetAttribute("type") != "application/ld+json" && !IsSearchScript(file, element))
            {
                problems.Add($"{file}: a script element: {element.OuterHtml[..Math.Min(120, element.OuterHtml.Length)]}");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{file}: an event handler: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }

                if (UrlAttributes.Contains(attribute.Name) && !UrlSchemes.IsSafeInBrowser(attribute.Value) ||
                    UrlAttributes.Contains(attribute.Name) && attribute.Value.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{file}: a script address: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }
    }

    /// <summary>The one script of the site: the search page's own, from the theme's assets, with nothing inline.</summary>
    private static bool IsSearchScript(string file, IElement script) =>
        file == "search/index.html" && script.GetAttribute("src") == "../assets/search.js" && script.HasAttribute("defer") &&
        script.Attributes.Length == 2 && script.TextContent.Length == 0;

    /// <summary>Parses as XML; HTML a feed carries is checked as a page is. Returns the feed's entries.</summary>
    private static int CheckXml(string file, string content, List<string> problems)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Parse(content);
        }
        catch (System.Xml.XmlException ex)
        {
            problems.Add($"{file}: not well-formed XML: {ex.Message}");
            return 0;
        }

        foreach (var html in xml.Descendants().Where(e => (string?)e.Attribute("type") == "html"))
        {
            var fragment = new SortedDictionary<string, int>();
            CheckHtml(file, Parser.ParseDocument(html.Value), fragment, problems);
        }

        return xml.Descendants().Count(e => e.Name.LocalName == "entry");
    }

    private static void CheckJson(string file, string content, List<string> problems)
    {
        try
        {
            using var json = JsonDocument.Parse(content);
        }
        catch (JsonException ex)
        {
            problems.Add($"{file}: not valid JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// Every line of an iCalendar file is a property (or the folded rest of one), and text values escape
    /// their commas, semicolons, backslashes and line breaks (RFC 5545 3.3.11). Returns the events.
    /// </summary>
    private static int CheckCalendar(string file, string content, List<string> problems)
    {
        var unfolded = content.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        var lines = unfolded.Split("\r\n");
        if (lines[^1].Length != 0 || lines.SkipLast(1).Any(l => l.Contains('\n') || l.Contains('\r')))
        {
            problems.Add($"{file}: a line not ended by CRLF");
        }

        foreach (var line in lines.SkipLast(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || !System.Text.RegularExpressions.Regex.IsMatch(line[..colon], @"^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=(""[^""]*""|[^;:,""]*)(,(""[^""]*""|[^;:,""]*))*)*$"))
            {
                problems.Add($"{file}: not a property line: {line}");
                continue;
            }

            var property = line[..colon].Split(';')[0];
            if (property is "SUMMARY" or "LOCATION" or "DESCRIPTION" or "X-WR-CALNAME" or "X-WR-CALDESC" && !IsEscapedText(line[(colon + 1)..]))
            {
                problems.Add($"{file}: a text value not escaped: {line}");
            }
        }

        return lines.Count(l => l == "BEGIN:VEVENT");
    }

    /// <summary>A backslash only before another, ';', ',' or 'n'; no bare ';' or ','.</summary>
    private static bool IsEscapedText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                if (++i == value.Length || value[i] is not ('\\' or ';' or ',' or 'n' or 'N'))
                {
                    return false;
                }
            }
            else if (value[i] is ';' or ',')
            {
                return false;
            }
        }

        return true;
    }
}
