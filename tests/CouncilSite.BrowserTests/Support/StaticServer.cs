using System.Net;
using System.Net.Sockets;

namespace CouncilSite.BrowserTests.Support;

/// <summary>
/// Serves a built site over loopback HTTP the way a plain static host does, from a sub-folder
/// (<c>/council/</c>) rather than the domain root, so relative links are tested where they
/// most often break.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    public const string Folder = "/council/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".csv"] = "text/csv; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".ics"] = "text/calendar; charset=utf-8",
        [".atom"] = "application/atom+xml",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly HttpListener _listener;
    private readonly Task _loop;

    private StaticServer(string root, IReadOnlyDictionary<string, string> headers, HttpListener listener, Uri address)
    {
        _root = Path.GetFullPath(root);
        _headers = headers;
        _listener = listener;
        Address = address;
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>The site's own address, e.g. <c>http://127.0.0.1:41234/council/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Scheme, host and port, with no trailing slash: every request the site makes must start with it.</summary>
    public string Origin => Address.GetLeftPart(UriPartial.Authority);

    /// <param name="headers">Sent with every answer, as a host may be set up to send them (e.g. a Content-Security-Policy).</param>
    public static StaticServer Start(string root, IReadOnlyDictionary<string, string>? headers = null)
    {
        // A free port can be taken between asking for it and listening on it; try a few.
        for (var attempt = 1; ; attempt++)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}{Folder}");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.ToString());
            try
            {
                listener.Start();
                return new StaticServer(root, headers ?? new Dictionary<string, string>(), listener, address);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            foreach (var (name, value) in _headers)
            {
                response.Headers[name] = value;
            }

            var path = context.Request.Url!.AbsolutePath;
            if (!path.EndsWith('/') && Directory.Exists(FileFor(path)))
            {
                // What static hosts do for a folder named without its slash, so relative links resolve from inside it.
                response.Redirect(path + "/");
                return;
            }

            var file = FileFor(path.EndsWith('/') ? path + "index.html" : path);
            if (file is not null && File.Exists(file))
            {
                Send(response, 200, file);
            }
            else
            {
                Send(response, 404, Path.Combine(_root, "404.html"));
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser gave up on the request (a page closed mid-load); nothing is left to answer.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                // Already closed by the client.
            }
        }
    }

    /// <summary>The file for a request path below <see cref="Folder"/>, or null when it would leave the output.</summary>
    private string? FileFor(string requestPath)
    {
        if (!requestPath.StartsWith(Folder, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(requestPath[Folder.Length..]);
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static void Send(HttpListenerResponse response, int status, string file)
    {
        var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
        response.StatusCode = status;
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }
}
