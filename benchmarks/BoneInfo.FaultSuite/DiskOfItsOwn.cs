namespace BoneInfo.FaultSuite;

/// <summary>
/// A small file system for the database alone, so that filling it or making it read-only touches nothing else.
/// Best: ext4 in an image file on a loop device, mounted with <c>errors=remount-ro</c>. Both faults are then the
/// kernel's own: a full disk is the file system out of blocks (a filler file takes the free space), and read-only is
/// what the kernel does after a disk error: <c>/sys/fs/ext4/DEV/trigger_fs_error</c> records an error and ext4
/// remounts itself read-only under the running app. A plain <c>mount -o remount,ro</c> would not do: Linux refuses
/// it while a file is open for writing (EBUSY), and the app's database is. On this kernel an error-remount cannot be
/// undone while mounted (<c>emergency_ro</c>), so read-only lasts until the app is stopped and the file system
/// mounted again, as an operator would. Without loop devices, a size-limited tmpfs still gives the full disk; not as
/// root, or without mount rights, a plain folder and no disk faults (each reason is reported).
/// </summary>
public sealed class DiskOfItsOwn : IAsyncDisposable
{
    private const int SizeMiB = 128;
    private readonly string _image;
    private string? _errorTrigger;
    private bool _mounted;

    private DiskOfItsOwn(string folder, string image) => (Folder, _image) = (folder, image);

    public string Folder { get; }
    public string Description { get; private set; } = "a folder on the machine's disk";
    public string? ReadOnlyUnavailable { get; private set; }
    public string? FillUnavailable { get; private set; }
    private string FillerFolder => Path.Combine(Folder, "filler");

    public static async Task<DiskOfItsOwn> MountAsync(string workFolder, Action<string> log)
    {
        var disk = new DiskOfItsOwn(Path.Combine(workFolder, "database"), Path.Combine(workFolder, "database.ext4"));
        Directory.CreateDirectory(disk.Folder);
        if (!Shell.IsRoot)
        {
            disk.ReadOnlyUnavailable = disk.FillUnavailable = "the suite is not running as root, so it cannot mount a file system of the database's own";
        }
        else if (await disk.TryExt4Async() is { } ext4Problem)
        {
            disk.ReadOnlyUnavailable = $"no ext4 loop device here ({ext4Problem})";
            if (!disk._mounted && await disk.TryTmpfsAsync() is { } tmpfsProblem)
            {
                disk.FillUnavailable = $"no size-limited file system here ({tmpfsProblem})";
            }
        }
        log($"database on {disk.Description}");
        return disk;
    }

    private async Task<string?> TryExt4Async()
    {
        await using (var image = File.Create(_image))
        {
            image.SetLength(SizeMiB * 1024L * 1024L);
        }
        var (made, mkfs) = await Shell.RunAsync("mkfs.ext4", "-q", "-F", "-m", "0", _image);
        if (made != 0)
        {
            return mkfs;
        }
        var (mounted, mount) = await Shell.RunAsync("mount", "-o", "loop,errors=remount-ro", _image, Folder);
        if (mounted != 0)
        {
            return mount;
        }
        _mounted = true;
        var device = Path.GetFileName((await Shell.RequireAsync("findmnt", "-n", "-o", "SOURCE", Folder)).Trim());
        _errorTrigger = $"/sys/fs/ext4/{device}/trigger_fs_error";
        Description = $"a {SizeMiB} MiB ext4 file system of its own ({device}, errors=remount-ro)";
        return File.Exists(_errorTrigger) ? null : $"{_errorTrigger} is missing";
    }

    private async Task<string?> TryTmpfsAsync()
    {
        var (mounted, output) = await Shell.RunAsync("mount", "-t", "tmpfs", "-o", $"size={SizeMiB}m", "tmpfs", Folder);
        if (mounted != 0)
        {
            return output;
        }
        _mounted = true;
        Description = $"a {SizeMiB} MiB tmpfs of its own";
        return null;
    }

    /// <summary>Records an ext4 error: the kernel remounts the file system read-only at once, open files and all.</summary>
    public Task FailToReadOnlyAsync() => File.WriteAllTextAsync(_errorTrigger!, "1");

    /// <summary>With the app stopped: unmounts, checks the file system as an operator would, and mounts it read-write again.</summary>
    public async Task RemountAsync()
    {
        await Shell.RequireAsync("umount", Folder);
        await Shell.RunAsync("e2fsck", "-f", "-y", _image); // exit 1: errors corrected (the recorded one), which is expected
        await Shell.RequireAsync("mount", "-o", "loop,errors=remount-ro", _image, Folder);
    }

    /// <summary>Takes every free block with preallocated files (largest first), so the next write that needs space fails.</summary>
    public async Task<string> FillAsync()
    {
        Directory.CreateDirectory(FillerFolder);
        var (files, bytes) = (0, 0L);
        for (var size = 64L * 1024 * 1024; size >= 4096; size /= 4)
        {
            while (TryAllocate(Path.Combine(FillerFolder, $"{files}.fill"), size))
            {
                (files, bytes) = (files + 1, bytes + size);
            }
        }
        var free = (await Shell.RequireAsync("df", "--output=avail", "-B1", Folder)).Split('\n')[^1].Trim();
        return $"{bytes / 1048576.0:0.0} MiB of filler, {free} bytes left";
    }

    public Task FreeAsync()
    {
        if (Directory.Exists(FillerFolder))
        {
            Directory.Delete(FillerFolder, recursive: true);
        }
        return Task.CompletedTask;
    }

    private static bool TryAllocate(string path, long bytes)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, bytes);
            return true;
        }
        catch (IOException)
        {
            File.Delete(path);
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_mounted)
        {
            await Shell.RunAsync("umount", Folder);
        }
        File.Delete(_image);
    }
}
