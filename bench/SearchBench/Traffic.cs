using System.Diagnostics;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace SearchBench;

/// <summary>Every file a tab asks the site for, its workers' requests included, and when the last one arrived.</summary>
public sealed class Traffic
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly StaticServer _server;
    private readonly object _lock = new();
    private readonly List<string> _files = [];
    private readonly List<string> _failed = [];
    private int _inFlight;
    private DateTime _lastEvent = DateTime.UtcNow;
    private long _lastArrival;

    public Traffic(IPage tab, StaticServer server)
    {
        _server = server;
        tab.Request += (_, _) => Note(() => _inFlight++);
        tab.RequestFinished += (_, request) => Note(() =>
        {
            _inFlight--;
            _files.Add(FileOf(request.Url));
            _lastArrival = Stopwatch.GetTimestamp();
        });
        tab.RequestFailed += (_, request) => Note(() =>
        {
            _inFlight--;
            _failed.Add($"{request.Url}: {request.Failure}");
        });
    }

    /// <summary>Waits until nothing has been asked for or has arrived for half a second.</summary>
    public async Task QuietAsync()
    {
        var giveUp = DateTime.UtcNow + Patience;
        while (true)
        {
            lock (_lock)
            {
                if (_failed.Count > 0)
                {
                    throw new InvalidOperationException("The browser could not load: " + string.Join("; ", _failed));
                }

                if (_inFlight == 0 && DateTime.UtcNow - _lastEvent >= Quiet)
                {
                    return;
                }
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"The page was still loading files after {Patience.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The files that arrived since the last call, in order, and when the last of them did (a <see cref="Stopwatch"/> timestamp).</summary>
    public (IReadOnlyList<string> Files, long LastArrival) Take()
    {
        lock (_lock)
        {
            var taken = (_files.ToList(), _lastArrival);
            _files.Clear();
            return taken;
        }
    }

    private void Note(Action change)
    {
        lock (_lock)
        {
            change();
            _lastEvent = DateTime.UtcNow;
        }
    }

    /// <summary>A request's file relative to the site's folder (a folder's address is its index.html), or the address itself when it is not the site's.</summary>
    private string FileOf(string url)
    {
        var site = _server.Address.ToString();
        if (!url.StartsWith(site, StringComparison.Ordinal))
        {
            return url;
        }

        var path = Uri.UnescapeDataString(url[site.Length..].Split('?', '#')[0]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
