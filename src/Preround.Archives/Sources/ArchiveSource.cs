namespace Preround.Archives.Sources;

/// <summary>What the input path holds, seen as a flat list of files, read in place and never extracted.</summary>
internal abstract class ArchiveSource : IDisposable
{
    /// <summary>The path the user gave.</summary>
    public abstract string DisplayName { get; }

    /// <summary>Every readable file, with safe relative paths.</summary>
    public abstract IReadOnlyList<ArchiveEntry> Entries { get; }

    /// <summary>Problems found while listing (unsafe zip entries left out).</summary>
    public List<Model.ImportNote> ListingNotes { get; } = [];

    /// <summary>Files whose name is <paramref name="name"/> (case-insensitive), shortest path first.</summary>
    public IEnumerable<ArchiveEntry> Named(string name) =>
        Entries.Where(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.Path.Length);

    /// <summary>Files whose name matches <paramref name="predicate"/>, in path order.</summary>
    public IEnumerable<ArchiveEntry> Where(Func<string, bool> predicate) =>
        Entries.Where(e => predicate(e.Name)).OrderBy(e => e.Path, StringComparer.Ordinal);

    public virtual void Dispose() { }

    /// <summary>Opens a zip, a folder or a single file.</summary>
    public static ArchiveSource Open(string path, ImportOptions options)
    {
        if (Directory.Exists(path)) return new FolderSource(path);
        if (!File.Exists(path)) throw new ArchiveException(path, null, "no such file or folder.");
        if (ZipSource.LooksLikeZip(path)) return new ZipSource(path, options);
        if (TarSource.LooksLikeTarGz(path)) return new TarSource(path, options);
        return new SingleFileSource(path);
    }
}
