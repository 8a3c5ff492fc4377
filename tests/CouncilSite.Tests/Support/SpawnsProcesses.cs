namespace CouncilSite.Tests.Support;

/// <summary>
/// Tests that start another process run alone. A process is forked with a copy of every open
/// file of the test run, the lock of another test's build among them, and holds it until it has
/// started its own program: under load that was long enough for the other test's next build to
/// find its output locked (CS191) by a build that had ended.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SpawnsProcesses
{
    public const string Name = "Tests that start other processes";
}
