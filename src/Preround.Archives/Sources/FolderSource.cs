namespace Preround.Archives.Sources;

/// <summary>An unpacked export: every regular file under the folder.</summary>
internal sealed class FolderSource : ArchiveSource
{
    private readonly string _root;
    private readonly List<ArchiveEntry> _entries = [];

    public FolderSource(string root)
    {
        _root = Path.GetFullPath(root);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            // NOTE: links are not followed: a symlink in an export could point anywhere on the machine.
            AttributesToSkip = FileAttributes.ReparsePoint,
        };
        foreach (var file in Directory.EnumerateFiles(_root, "*", options))
        {
            var info = new FileInfo(file);
            var relative = Path.GetRelativePath(_root, file).Replace('\\', '/');
            _entries.Add(new ArchiveEntry(relative, info.Length, () => OpenRead(file)));
        }
    }

    public override string DisplayName => _root;

    public override IReadOnlyList<ArchiveEntry> Entries => _entries;

    internal static Stream OpenRead(string file) =>
        new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}

/// <summary>A single exported file (a <c>tweets.js</c>, an <c>outbox.json</c>, a <c>.car</c>, a CSV).</summary>
internal sealed class SingleFileSource : ArchiveSource
{
    private readonly ArchiveEntry[] _entries;

    public SingleFileSource(string file)
    {
        var full = Path.GetFullPath(file);
        DisplayName = full;
        _entries = [new ArchiveEntry(Path.GetFileName(full), new FileInfo(full).Length, () => FolderSource.OpenRead(full))];
    }

    public override string DisplayName { get; }

    public override IReadOnlyList<ArchiveEntry> Entries => _entries;
}
