using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Text;
using System.Threading.Channels;
using CouncilSite.Build;
using CouncilSite.Build.Incremental;
using CouncilSite.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouncilSite.Preview;

/// <summary>
/// <c>councilsite serve</c>: builds the site into memory, serves it on 127.0.0.1 with Kestrel,
/// rebuilds after every change to the folder (a <see cref="BuildSession"/> redraws only the
/// pages whose inputs changed) and tells open pages to reload. A build with errors changes
/// nothing that is served: the last good site stays, with the errors shown above each page (or,
/// before any build has succeeded, the errors alone). Nothing is written to disk, and nothing is
/// read from the folder to answer a request. Only this computer's browser is answered (see
/// <see cref="PreviewSecurity"/>).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>How long the folder must be still after a change before the site is rebuilt.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(50);

    /// <summary>The most memory a rebuild may take before the garbage collector runs (see <see cref="BuildWithoutPauses"/>).</summary>
    private const long MostHeldOff = 512L << 20;

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly FolderChanges _changes = new();
    private readonly BuildSession _session;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly FileExtensionContentTypeProvider _types = new();
    private readonly WebApplication _app;
    private SiteWatcher? _watcher;
    private Task _builder = Task.CompletedTask;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PreviewState _state = PreviewState.Starting;
    private long _lastBuildAllocated;

    private PreviewServer(BuildOptions options, int port, TextWriter log)
    {
        _options = options;
        _log = log;
        _session = new BuildSession(inMemory: true, _changes);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();
        _app.Run(Answer);
    }

    /// <summary>The address the preview is served at, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What is being served now.</summary>
    public PreviewState State => Volatile.Read(ref _state);

    /// <param name="port">The port on 127.0.0.1; 0 picks a free one (see <see cref="Address"/>).</param>
    public static async Task<PreviewServer> StartAsync(string siteFolder, int port, DateOnly? today, TextWriter log, CancellationToken cancel = default)
    {
        var server = new PreviewServer(new BuildOptions(Path.GetFullPath(siteFolder), null, today), port, log);

        // Watching starts before the first build, so an edit saved while it runs is not missed.
        server._watcher = new SiteWatcher(server._options.SiteFolder, BuildOptions.DefaultOutputName, Settle, server._changes, () => server._requests.Writer.TryWrite(true),
            problem => log.WriteLine(problem is InternalBufferOverflowException
                ? "Too many changes at once to follow one by one; the whole site is rebuilt."
                : $"The folder cannot be watched in full ({problem.Message}); it is looked over every {SiteWatcher.LookEvery.TotalSeconds:0} seconds instead, so a save may take a moment to show."));
        server.Rebuild();
        await server._app.StartAsync(cancel);
        var bound = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        server._builder = Task.Run(() => server.BuildOnChangesAsync(server._stopping.Token));
        log.WriteLine($"Previewing {server._options.SiteFolder} at {server.Address} (Ctrl+C to stop). Pages reload when you save a file.");
        return server;
    }

    /// <summary>Runs until <paramref name="cancel"/> fires or the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public async Task RunUntilStoppedAsync(CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, _app.Lifetime.ApplicationStopping);
        await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>Waits until a build newer than <paramref name="version"/> has finished, or the time is up.</summary>
    public async Task<PreviewState> WaitForBuildAfterAsync(int version, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (State.Version <= version)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (State.Version > version)
            {
                break;
            }

            await changed.WaitAsync(limit.Token);
        }

        return State;
    }

    private async Task BuildOnChangesAsync(CancellationToken stop)
    {
        try
        {
            while (await _requests.Reader.WaitToReadAsync(stop))
            {
                _requests.Reader.TryRead(out _);
                Rebuild();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void Rebuild()
    {
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = BuildWithoutPauses();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file caught half-saved by an editor: the next change event builds again.
            _log.WriteLine($"The folder changed while it was being read ({ex.Message}); building again when it settles.");
            return;
        }

        var previous = State;
        // A migrated site can have thousands of broken links: the log says what the banner says, summarised past a few hundred.
        foreach (var line in MessageSummary.Of(result.Diagnostics).Lines(writtenTo: null, suggested: null))
        {
            _log.WriteLine(line);
        }

        var time = clock.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        PreviewState next;
        if (result.Succeeded)
        {
            var (drawn, kept) = _session.LastPages;
            var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"));
            _log.WriteLine($"Built {result.Pages} pages in {time} ms ({drawn} drawn, {kept} unchanged; {result.FilesWritten} files changed; {stages}).");
            next = new PreviewState(previous.Version + 1, _session.Output, []);
        }
        else
        {
            _log.WriteLine(previous.Site.Count > 0
                ? $"The change has {result.Errors} error(s) ({time} ms); the preview keeps showing the last good site."
                : $"The site has {result.Errors} error(s) ({time} ms), and no version of it has built yet, so nothing can be shown until they are fixed; the preview shows the errors instead.");
            next = new PreviewState(previous.Version + 1, previous.Site, result.Diagnostics);
        }

        Volatile.Write(ref _state, next);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>
    /// Builds with the garbage collector held off for as much memory as the last build took, and a
    /// quarter more. On a large site, collecting while the clerk waits for the page took a third of
    /// a rebuild's time; the memory is collected instead when the program next needs more, after
    /// the new site is served.
    /// </summary>
    private BuildResult BuildWithoutPauses()
    {
        var before = GC.GetTotalAllocatedBytes();
        var held = _lastBuildAllocated > 0 && HoldCollections(Math.Min(_lastBuildAllocated + _lastBuildAllocated / 4, MostHeldOff));
        try
        {
            return SiteBuilder.Build(_options, _session);
        }
        finally
        {
            // A build that took more than was held off for ended the hold itself, with a collection;
            // so may the web server's threads between the check and the call.
            if (held && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                    // Already ended: the memory was collected then.
                }
            }

            _lastBuildAllocated = GC.GetTotalAllocatedBytes() - before;
        }
    }

    private static bool HoldCollections(long bytes)
    {
        try
        {
            return GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // More than this machine's collector can hold off for: the build collects as usual.
        }
    }

    private async Task Answer(HttpContext context)
    {
        var state = State;
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        if (!PreviewSecurity.IsOwnHost(context.Request.Host, context.Connection.LocalPort))
        {
            await Send(context, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8", PreviewSecurity.OtherHostMessage(context.Connection.LocalPort));
            return;
        }

        if (path == PreviewPages.EventsPath)
        {
            PreviewSecurity.AddHeaders(context.Response, "text/event-stream", default);
            await StreamEvents(context);
            return;
        }

        if (PreviewPages.OwnFiles.TryGetValue(path, out var own))
        {
            await Send(context, StatusCodes.Status200OK, own.Type, own.Bytes);
            return;
        }

        if (state.Site.Count == 0)
        {
            await Send(context, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8", PreviewPages.ErrorPage(state));
            return;
        }

        var (file, redirect) = PreviewPages.Find(state.Site, path);
        if (redirect is not null)
        {
            PreviewSecurity.AddHeaders(context.Response, "text/plain", default);
            context.Response.Redirect(redirect);
            return;
        }

        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = state.Site.GetValueOrDefault("404.html");
        }

        // Every file's bytes were taken when its build succeeded (see BuildSession.Output): nothing is read from the folder here.
        if (file?.Bytes is not { } bytes)
        {
            await Send(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found"));
            return;
        }

        var html = PreviewPages.IsHtml(file.Path);
        var type = html ? "text/html; charset=utf-8" : _types.TryGetContentType(file.Path, out var known) ? known : "application/octet-stream";
        await Send(context, status, type, html ? PreviewPages.Decorate(bytes, state) : bytes);
    }

    private static async Task Send(HttpContext context, int status, string type, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = body.Length;
        PreviewSecurity.AddHeaders(context.Response, type, body);
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Server-Sent Events: one message each time the site is rebuilt, at once if the page is already out of date.</summary>
    private async Task StreamEvents(HttpContext context)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        context.Response.ContentType = "text/event-stream";
        var seen = int.TryParse(context.Request.Query["v"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : State.Version;
        await context.Response.Body.FlushAsync(stop.Token);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var changed = Volatile.Read(ref _changed).Task;
                var version = State.Version;
                if (version != seen)
                {
                    seen = version;
                    await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data: {version}\n\n"), stop.Token);
                    await context.Response.Body.FlushAsync(stop.Token);
                }

                await changed.WaitAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the preview stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        await _builder;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
