namespace CouncilSite.Tests.Security;

/// <summary>
/// A fixed, representative selection of the OWASP XSS filter-evasion cheat sheet, plus breakouts
/// for the site's other syntaxes (XML, JSON, iCalendar, CSV, Scriban): each tries another way out
/// of the place a value is printed.
/// </summary>
public static class XssPayloads
{
    public static readonly string[] All =
    [
        "<script>alert(1)</script>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
        "<IMG SRC=X ONERROR=&#X61;&#X6C;&#X65;&#X72;&#X74;(1)>",
        "<svg/onload=alert(1)>",
        "<<SCRIPT>alert(1);//<</SCRIPT>",
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "jav\tascript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "\" onfocus=\"alert(1)\" autofocus x=\"",
        "' onmouseover='alert(1)' x='",
        "<a href=\"javascript:alert(1)\">link</a>",
        "<iframe src=javascript:alert(1)></iframe>",
        "<body onload=alert(1)>",
        "<style>@import'javascript:alert(1)';</style>",
        "</title><script>alert(1)</script>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "]]><script>alert(1)</script><![CDATA[",
        "\",\"injected\":\"<script>alert(1)</script>",
        "x;y,z\\ END:VEVENT",
        "{{ site.name }}{% raw %}",
        "%3Cscript%3Ealert(1)%3C/script%3E",
    ];

    /// <summary>A payload as a file or folder name can hold it: a slash would make it a path.</summary>
    public static string AsName(string payload) => payload.Replace('/', '\u2215').Trim();
}
