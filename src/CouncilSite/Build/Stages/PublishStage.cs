using CouncilSite.Build.Incremental;
using CouncilSite.Build.Publishing;
using CouncilSite.Diagnostics;

namespace CouncilSite.Build.Stages;

/// <summary>
/// The Publish stage: the output claimed before anything is read, so a second build of the same
/// output stops at once and a build killed part-way is put right; then every file written and
/// swapped in whole (or, in a preview, kept in memory). Nothing is published unless every stage
/// before it finished without an error, so a clerk's mistake never breaks the published site.
/// </summary>
public sealed class PublishStage : IDisposable
{
    private readonly BuildContext _build;

    /// <summary>The output's working folder, held by this build; null for a build kept in memory.</summary>
    private readonly WorkFolder? _claim;

    private PublishStage(BuildContext build, WorkFolder? claim)
    {
        _build = build;
        _claim = claim;
    }

    /// <summary>The output, claimed for this build; null, with the message, when it may not be written.</summary>
    public static PublishStage? Claim(BuildContext build)
    {
        if (!OutputPlace.Check(build.SiteRoot, build.Output, build.Diagnostics))
        {
            return null;
        }

        if (build.Memory.InMemory)
        {
            return new PublishStage(build, null);
        }

        return OutputMessages.Claim(build.Output, build.Diagnostics) is { } claim ? new PublishStage(build, claim) : null;
    }

    /// <summary>Writes the plan's files and the pages <paramref name="render"/> draws, then publishes them, unless a page failed.</summary>
    public BuildResult Publish(SitePlan plan, Action<IOutputSink> render)
    {
        var (output, diagnostics) = (_build.Output, _build.Diagnostics);
        var memory = _claim is null ? new MemoryOutput() : null;
        OutputWriter? disk = null;
        try
        {
            disk = _claim is null ? null : OutputWriter.Open(output, _claim);
            var sink = (IOutputSink?)memory ?? disk!;
            Add(plan.Files, sink);
            render(sink);
            if (diagnostics.HasErrors)
            {
                return _build.Failed();
            }

            var outcome = memory is not null ? _build.Memory.Publish(memory.Files) : disk!.Commit();
            _build.EndStage(memory is not null ? "publish" : "write");
            OutputMessages.Report(outcome, output, diagnostics);
            return new BuildResult(true, diagnostics.ToSortedList(), output, plan.Pages.Count, outcome.Written, outcome.Unchanged, _build.Timings);
        }
        catch (OutputRefusedException refused)
        {
            diagnostics.Error(output, 0, 0, refused.Code, refused.Message, refused.Hint);
            return _build.Failed();
        }
        catch (Exception ex) when (WriteFailure(ex) is { } cause)
        {
            diagnostics.Error(output, 0, 0, DiagnosticCodes.OutputFailed, $"The site could not be written: {cause.Message}",
                "Check there is space on the disk and that you may write to the output folder; the previous site was left as it was.");
            return _build.Failed();
        }
        finally
        {
            disk?.Dispose();
        }
    }

    /// <summary>
    /// Hands the plan's files to the output, in a call of its own: a method that runs once is not
    /// optimised, and keeps every local it had until it returns, which here is after every page.
    /// </summary>
    private static void Add(PlannedFiles files, IOutputSink sink)
    {
        foreach (var file in files.Take())
        {
            sink.Add(file);
        }
    }

    public void Dispose() => _claim?.Dispose();

    /// <summary>The disk or permission problem behind a failed write, also when one of the parallel writers met it.</summary>
    private static Exception? WriteFailure(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => ex,
        AggregateException all => all.Flatten().InnerExceptions.Select(WriteFailure).FirstOrDefault(e => e is not null),
        _ => null,
    };
}
