using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CouncilSite.Build;
using CouncilSite.Diagnostics;
using CouncilSite.Preview;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Preview;

public class PreviewServerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static TempSite Site() => new(
        ("pages/about.md", "---\ntitle: About the council\n---\nThe council has seven members. See the [meetings](/meetings/)."),
        ("meetings/2024-03-14-full-council/agenda.md", "1. Apologies\n2. Budget"),
        ("static/images/sign.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

    [Fact]
    public async Task Serves_pages_reflects_an_edit_and_keeps_the_last_good_site_while_an_edit_is_broken()
    {
        using var site = Site();
        await using var server = await PreviewServer.StartAsync(site.Root, port: 0, TempSite.Today, TextWriter.Null);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = Wait };
        Assert.Equal(IPAddress.Loopback.ToString(), server.Address.Host);

        var about = await client.GetStringAsync("about/");
        Assert.Contains("seven members", about);
        Assert.Contains(PreviewPages.ScriptPath, about);
        Assert.Equal("image/svg+xml", (await client.GetAsync("images/sign.svg")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("/about/", (await client.GetAsync("about")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("no-such-page/")).StatusCode);

        var version = server.State.Version;
        site.Write("pages/about.md", "---\ntitle: About the council\n---\nThe council has nine members.");
        await server.WaitForBuildAfterAsync(version, Wait);
        Assert.Contains("nine members", await client.GetStringAsync("about/"));

        version = server.State.Version;
        site.Write("pages/about.md", "---\ntitle: About the council\n---\nThe council has ten members. See [the plan](/plans/gone/).");
        var broken = await server.WaitForBuildAfterAsync(version, Wait);
        Assert.Contains(broken.Errors, d => d.IsError && d.File == "pages/about.md");
        var shown = await client.GetStringAsync("about/");
        Assert.Contains("nine members", shown);
        Assert.DoesNotContain("ten members", shown);
        Assert.Contains("role=\"alert\"", shown);
        Assert.Contains("/plans/gone/", shown);

        version = server.State.Version;
        site.Write("pages/about.md", "---\ntitle: About the council\n---\nThe council has ten members.");
        await server.WaitForBuildAfterAsync(version, Wait);
        var mended = await client.GetStringAsync("about/");
        Assert.Contains("ten members", mended);
        Assert.DoesNotContain("role=\"alert\"", mended);
        Assert.False(Directory.Exists(Path.Combine(site.Root, BuildOptions.DefaultOutputName)), "the preview never writes the site to disk");
    }

    [Fact]
    public async Task A_file_replaced_by_a_link_to_outside_the_site_is_served_as_it_was_in_the_last_good_build()
    {
        using var site = Site();
        await using var server = await PreviewServer.StartAsync(site.Root, port: 0, TempSite.Today, TextWriter.Null);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        var before = await client.GetByteArrayAsync("images/sign.svg");

        var secret = Path.Combine(site.Outside, "passwd");
        File.WriteAllText(secret, "root:x:0:0:root:/root:/bin/bash\n");
        var version = server.State.Version;
        site.Delete("static/images/sign.svg");
        File.CreateSymbolicLink(site.PathOf("static/images/sign.svg"), secret);
        var broken = await server.WaitForBuildAfterAsync(version, Wait);

        Assert.Contains(broken.Errors, d => d.Code == DiagnosticCodes.LinkLeavesSite && d.File == "static/images/sign.svg");
        Assert.Equal(before, await client.GetByteArrayAsync("images/sign.svg"));
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("127.0.0.1.attacker.example")]
    [InlineData("localhost:1")]
    [InlineData("attacker.example:{port}")]
    public async Task A_request_for_another_host_or_port_gets_nothing(string host)
    {
        using var site = Site();
        await using var server = await PreviewServer.StartAsync(site.Root, port: 0, TempSite.Today, TextWriter.Null);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        foreach (var path in new[] { "about/", "images/sign.svg", PreviewPages.EventsPath.TrimStart('/') })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host.Replace("{port}", server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("seven members", body);
            Assert.DoesNotContain("svg", body);
        }
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("[::1]")]
    public async Task The_preview_answers_at_its_own_names_and_port(string name)
    {
        using var site = Site();
        await using var server = await PreviewServer.StartAsync(site.Root, port: 0, TempSite.Today, TextWriter.Null);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        using var request = new HttpRequestMessage(HttpMethod.Get, "about/");
        request.Headers.Host = $"{name}:{server.Address.Port}";
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("seven members", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_answer_forbids_sniffing_framing_and_scripts_from_anywhere_but_the_preview()
    {
        using var site = Site();
        await using var server = await PreviewServer.StartAsync(site.Root, port: 0, TempSite.Today, TextWriter.Null);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        foreach (var path in new[] { "about/", "no-such-page/", "images/sign.svg", PreviewPages.ScriptPath.TrimStart('/') })
        {
            using var response = await client.GetAsync(path);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Contains("default-src 'none'", policy);
            Assert.Contains("script-src 'self';", policy);
            Assert.Contains("frame-ancestors 'none'", policy);

            // The header's search form sends its query to the search page beside it.
            Assert.Contains("form-action 'self'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
        }

        var page = await client.GetStringAsync("about/");
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]", page);
        Assert.DoesNotContain(" style=", page);
    }

    [Fact]
    public async Task The_site_s_own_inline_stylesheet_is_allowed_by_its_hash_only()
    {
        using var site = Site();
        site.Write("pages/fees.md", "---\ntitle: Fees\n---\n| Plot | Fee |\n| :-- | --: |\n| Half | £20 |\n");
        await using var server = await PreviewServer.StartAsync(site.Root, port: 0, TempSite.Today, TextWriter.Null);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = Wait };

        // The 404 page carries the stylesheet in its head, so it is styled at any depth.
        using var missing = await client.GetAsync("no-such-page/");
        var page = await missing.Content.ReadAsStringAsync();
        var stylesheet = Regex.Match(page, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(stylesheet);
        Assert.Contains(Hash(stylesheet), StyleSources(missing));
        Assert.DoesNotContain(Hash(stylesheet), StyleSources(await client.GetAsync("about/")));

        // A Markdown table's aligned columns are marked with classes, so no inline style is allowed at all.
        using var fees = await client.GetAsync("fees/");
        var html = await fees.Content.ReadAsStringAsync();
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"align-right\">", html, StringComparison.Ordinal);
        Assert.Equal("'self'", StyleSources(fees));

        static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
        static string StyleSources(HttpResponseMessage response) =>
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")).Split(';').Select(d => d.Trim())
                .Single(d => d.StartsWith("style-src ", StringComparison.Ordinal))["style-src ".Length..];
    }

    [Fact]
    public async Task A_first_build_that_fails_says_there_is_nothing_to_show_until_it_is_fixed()
    {
        using var site = Site();
        site.Write("pages/about.md", "---\ntitle: About the council\n---\nSee [the plan](/plans/gone/).");
        using var log = new StringWriter();
        await using var server = await PreviewServer.StartAsync(site.Root, port: 0, TempSite.Today, log);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        using var response = await client.GetAsync("about/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("last good site", log.ToString());
        Assert.Contains("nothing can be shown until", log.ToString());
        Assert.Contains("/plans/gone/", page);
        Assert.Contains("Nothing can be shown until", page);
        Assert.DoesNotContain("last version", page);
    }

    [Fact]
    public async Task Hundreds_of_errors_are_summarised_in_the_log_and_on_the_page()
    {
        using var site = Site();
        var links = string.Join("\n\n", Enumerable.Range(1, MessageSummary.Limit + 50).Select(i => $"See [plan {i}](/plans/gone-{i}/)."));
        site.Write("pages/about.md", $"---\ntitle: About the council\n---\n{links}");
        using var log = new StringWriter();
        await using var server = await PreviewServer.StartAsync(site.Root, port: 0, TempSite.Today, log);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        using var response = await client.GetAsync("about/");
        var page = await response.Content.ReadAsStringAsync();

        const string leftOut = "... and 50 more CS140 errors like this: The link '…' leads to nothing on this site.";
        Assert.Contains(leftOut, log.ToString());
        Assert.Equal(MessageSummary.Limit, Regex.Count(log.ToString(), "error CS140"));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(leftOut), page);
        Assert.Contains("/plans/gone-1/", page);
        Assert.DoesNotContain($"/plans/gone-{MessageSummary.Limit + 50}/", page);
    }

    [Fact]
    public async Task An_open_page_is_told_to_reload_when_the_site_is_rebuilt()
    {
        using var site = Site();
        await using var server = await PreviewServer.StartAsync(site.Root, port: 0, TempSite.Today, TextWriter.Null);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        var version = server.State.Version;
        using var events = await client.GetStreamAsync($"{PreviewPages.EventsPath.TrimStart('/')}?v={version}");
        using var reader = new StreamReader(events);

        site.Write("meetings/2024-03-14-full-council/agenda.md", "1. Apologies\n2. Budget\n3. Allotments");
        using var limit = new CancellationTokenSource(Wait);
        var line = await reader.ReadLineAsync(limit.Token);

        Assert.StartsWith("data: ", line);
        Assert.True(int.Parse(line!["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture) > version);
    }

    [Fact]
    public void The_built_site_never_carries_the_preview_s_script()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("__councilsite", File.ReadAllText(file));
        }
    }
}
