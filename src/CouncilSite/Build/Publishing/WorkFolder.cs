using CouncilSite.Diagnostics;

namespace CouncilSite.Build.Publishing;

/// <summary>
/// The one folder beside the output that a build keeps its own things in (<c>.&lt;output&gt;.councilsite</c>):
/// the lock that keeps two builds of one output apart, the manifest of what the output holds, the
/// new site while it is made, and the site before the output's, kept to be made into the next
/// site (deleting and making thousands of files costs far more than changing a few). A file
/// inside names it as CouncilSite's, and a folder of that name without it is never touched.
/// </summary>
internal sealed class WorkFolder : IDisposable
{
    private const string OwnerFile = "made-by-councilsite";
    private const string OwnerText = "CouncilSite keeps a build's working files here, beside the output folder it writes. Safe to delete when no build is running.\n";
    private const string LockFile = "lock";

    /// <summary>How .NET reports that another open of the file holds it: the system's own codes.</summary>
    private const int SharingViolation = 32;
    private const int LockViolation = 33;
    private const int WouldBlockOnLinux = 11;
    private const int WouldBlockOnMac = 35;

    private readonly FileStream _lock;
    private int _trashed;

    private WorkFolder(string path, FileStream lockStream)
    {
        Path = path;
        _lock = lockStream;
    }

    public string Path { get; }

    /// <summary>What an earlier build left that could not be removed, for the clerk to hear of; it is tried again next time.</summary>
    public IReadOnlyList<string> Leftovers { get; private set; } = [];

    /// <summary>The new site while it is made.</summary>
    public string Stage => System.IO.Path.Combine(Path, "new");

    /// <summary>The previous site, between the two renames of a system that cannot swap folders in one step.</summary>
    public string Previous => System.IO.Path.Combine(Path, "previous");

    /// <summary>The site the output replaced, which the next build turns into its new site.</summary>
    public string Spare => System.IO.Path.Combine(Path, "spare");

    /// <summary>What the output holds (see <see cref="OutputManifest"/>).</summary>
    public string Manifest => System.IO.Path.Combine(Path, "manifest");

    /// <summary>What <see cref="Spare"/> held when it was the output; removed as soon as a build starts changing it.</summary>
    public string SpareManifest => System.IO.Path.Combine(Path, "spare-manifest");

    private string Trash => System.IO.Path.Combine(Path, "trash");

    /// <summary>
    /// Takes the folder beside <paramref name="output"/> for this build and puts right what a build
    /// stopped part-way left, or refuses: another build has it, or it is not CouncilSite's.
    /// </summary>
    public static WorkFolder Claim(string output)
    {
        var parent = System.IO.Path.GetDirectoryName(output)!;
        var path = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(output)}.councilsite");
        Directory.CreateDirectory(parent);
        var info = new DirectoryInfo(path);
        if (File.Exists(path) || (info.Exists && (info.LinkTarget is not null || !IsOwned(info))))
        {
            throw NotOurs(path);
        }

        info.Create();
        var lockPath = System.IO.Path.Combine(path, LockFile);
        if (new FileInfo(lockPath).LinkTarget is not null)
        {
            throw NotOurs(path);
        }

        // Held until the build ends; the system lets go of it if the build is killed, so a crash never leaves the output locked.
        FileStream? lockStream = null;
        try
        {
            lockStream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (HeldElsewhere(ex))
        {
            // .NET's own lock, where it is on, found the file locked: told below like the system's.
        }

        if (lockStream is null || !NativeFiles.TryLock(lockStream))
        {
            lockStream?.Dispose();
            throw new OutputRefusedException(DiagnosticCodes.OutputBusy,
                $"Another build is writing to {output} right now, so this one stopped without changing anything.",
                "Wait for the other build to finish, then build again.");
        }

        // Nothing here is ever a link, so none of its names can lead a build to write or delete elsewhere.
        foreach (var link in info.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }).Where(e => e.LinkTarget is not null && e.Name != LockFile))
        {
            FolderTree.RemoveLink(link);
        }

        var owner = System.IO.Path.Combine(path, OwnerFile);
        if (!File.Exists(owner))
        {
            File.WriteAllText(owner, OwnerText);
        }

        var work = new WorkFolder(path, lockStream);
        try
        {
            work.Leftovers = work.Recover(output);
            return work;
        }
        catch
        {
            work.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Puts right what a build stopped part-way left: the previous site back in place if the output
    /// went missing between two renames, and the half-made site kept as the spare (its files are
    /// trusted only where they are the output's own, as its manifest is gone).
    /// </summary>
    /// <returns>What could not be removed.</returns>
    private IReadOnlyList<string> Recover(string output)
    {
        if (!Directory.Exists(output) && !File.Exists(output) && File.Exists(System.IO.Path.Combine(Previous, OutputWriter.MarkerFile)))
        {
            Directory.Move(Previous, output);
        }

        Keep(Stage);
        Keep(Previous);
        return EmptyTrash();
    }

    /// <summary>Makes a folder of this build's the spare, or discards it when there is one already.</summary>
    public void Keep(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        if (Directory.Exists(Spare))
        {
            Discard(folder);
        }
        else
        {
            Directory.Move(folder, Spare);
        }
    }

    /// <summary>Moves a folder of this build's out of the way at once; it is removed by <see cref="EmptyTrash"/>.</summary>
    public void Discard(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        Directory.CreateDirectory(Trash);
        string target;
        do
        {
            target = System.IO.Path.Combine(Trash, (++_trashed).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        while (Directory.Exists(target) || File.Exists(target));

        Directory.Move(folder, target);
    }

    /// <summary>Removes what was discarded; what cannot be removed (a file marked immutable, say) stays for the next build to try.</summary>
    public IReadOnlyList<string> EmptyTrash()
    {
        var left = new List<string>();
        if (!Directory.Exists(Trash))
        {
            return left;
        }

        foreach (var folder in Directory.EnumerateDirectories(Trash).Order(StringComparer.Ordinal))
        {
            try
            {
                FolderTree.Delete(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                left.Add(ex.Message);
            }
        }

        return left;
    }

    public void Dispose() => _lock.Dispose();

    private static bool HeldElsewhere(IOException ex) => OperatingSystem.IsWindows()
        ? (ex.HResult & 0xFFFF) is SharingViolation or LockViolation
        : ex.HResult == (OperatingSystem.IsLinux() ? WouldBlockOnLinux : WouldBlockOnMac);

    /// <summary>Ours when it says so, or when it holds nothing but a lock (another build that has just made it).</summary>
    private static bool IsOwned(DirectoryInfo folder) =>
        File.Exists(System.IO.Path.Combine(folder.FullName, OwnerFile)) ||
        folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }).All(e => e.Name == LockFile);

    private static OutputRefusedException NotOurs(string path) => new(DiagnosticCodes.OutputWorkFolder,
        $"CouncilSite keeps a build's working files in {path}, but something else is there, so nothing was changed.",
        "Move that file or folder somewhere else, or build into another output folder with --output.");
}
