using System.Runtime.InteropServices;

namespace CouncilSite.Build.Publishing;

/// <summary>
/// The file-system calls .NET does not offer: a second name for a file, two folders swapped in one
/// step, and a lock that holds whatever .NET's own file locking is set to (the command turns that off for speed).
/// </summary>
internal static class NativeFiles
{
    private const int LockExclusiveNoWait = 2 | 4;
    private const int WouldBlockOnLinux = 11;
    private const int WouldBlockOnMac = 35;
    private const int AtCurrentFolder = -100;
    private const uint LinuxRenameExchange = 2;
    private const uint MacRenameSwap = 2;

    /// <summary>
    /// Makes <paramref name="link"/> a second name for the file <paramref name="existing"/>, so it keeps
    /// its bytes and timestamp without being copied; false where the disk cannot (FAT and exFAT
    /// sticks, an immutable file), and the caller copies instead.
    /// </summary>
    public static bool TryHardLink(string existing, string link) =>
        Call(() => OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : UnixLink(existing, link) == 0, missing: false);

    /// <summary>
    /// Swaps two folders in one step, so nobody ever sees neither of them; false where the system
    /// cannot (Windows, some network disks, Linux before 3.15), and the caller renames twice.
    /// </summary>
    public static bool TrySwap(string first, string second)
    {
        if (OperatingSystem.IsLinux())
        {
            return Call(() => Renameat2(AtCurrentFolder, first, AtCurrentFolder, second, LinuxRenameExchange) == 0, missing: false);
        }

        return OperatingSystem.IsMacOS() && Call(() => RenamexNp(first, second, MacRenameSwap) == 0, missing: false);
    }

    /// <summary>
    /// Takes the lock on an open file, or returns false at once when another open of it holds the
    /// lock (in this process or another). The system lets go of it when the file is closed or the
    /// process ends, however it ends. Windows locks the file through the way it was opened.
    /// </summary>
    public static bool TryLock(FileStream file)
    {
        // A C library without flock (none known) leaves builds unlocked rather than unable to run.
        if (OperatingSystem.IsWindows() || Call(() => Flock((int)file.SafeFileHandle.DangerousGetHandle(), LockExclusiveNoWait) == 0, missing: true))
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error == (OperatingSystem.IsLinux() ? WouldBlockOnLinux : WouldBlockOnMac))
        {
            return false;
        }

        throw new IOException($"The lock file {file.Name} could not be locked: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    /// <summary>A call into the C library, or <paramref name="missing"/> where it lacks the function (an old glibc has no renameat2).</summary>
    private static bool Call(Func<bool> call, bool missing)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return missing;
        }
    }

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int file, int operation);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int UnixLink([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int Renameat2(int fromFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string from, int toFolder,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string to, uint flags);

    [DllImport("libc", EntryPoint = "renamex_np", SetLastError = true)]
    private static extern int RenamexNp([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to, uint flags);

    [DllImport("kernel32", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string link, string existing, IntPtr security);
}
