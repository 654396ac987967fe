using System.IO.Compression;

namespace Preround.ArchiveGen;

/// <summary>Where generated files go: a new folder, or a new .zip (never over an existing path).</summary>
public sealed class ArchiveOutput : IDisposable
{
    private readonly string _root;
    private readonly ZipArchive? _zip;

    public ArchiveOutput(string path)
    {
        if (File.Exists(path) || Directory.Exists(path)) throw new IOException($"{path} already exists; choose a new path.");
        _root = path;
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            _zip = new ZipArchive(new FileStream(path, FileMode.CreateNew), ZipArchiveMode.Create);
        else
            Directory.CreateDirectory(path);
    }

    public TextWriter Create(string relative)
    {
        if (_zip is not null) return new StreamWriter(_zip.CreateEntry(relative, CompressionLevel.Fastest).Open(), new System.Text.UTF8Encoding(false), 1 << 16);
        var full = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new StreamWriter(full, false, new System.Text.UTF8Encoding(false), 1 << 16);
    }

    /// <summary>A binary entry (a Bluesky .car inside a zip or folder).</summary>
    public Stream CreateBinary(string relative)
    {
        if (_zip is not null) return _zip.CreateEntry(relative, CompressionLevel.Fastest).Open();
        var full = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new FileStream(full, FileMode.CreateNew);
    }

    public void Dispose() => _zip?.Dispose();
}
