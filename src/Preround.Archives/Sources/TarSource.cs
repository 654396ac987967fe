using System.Formats.Tar;
using System.IO.Compression;
using Preround.Archives.Model;

namespace Preround.Archives.Sources;

/// <summary>
/// An older Mastodon export packed as <c>.tar.gz</c>. A tar cannot be read out of order, so the small data files
/// (JSON, JS, CSV, CAR) are kept in memory within the limits and media are skipped unread.
/// </summary>
internal sealed class TarSource : ArchiveSource
{
    private static readonly string[] DataExtensions = [".json", ".js", ".csv", ".car", ".jsonl", ".ndjson"];
    private readonly List<ArchiveEntry> _entries = [];

    public TarSource(string path, ImportOptions options)
    {
        DisplayName = Path.GetFullPath(path);
        long total = 0;
        try
        {
            using var file = FolderSource.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new TarReader(gzip);
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
                var relative = EntryPaths.Normalise(entry.Name, out var reason);
                if (relative is null)
                {
                    ListingNotes.Add(new ImportNote(ImportNoteLevel.Error, DisplayName, $"entry '{entry.Name}'", $"left out: {reason}."));
                    continue;
                }
                if (!DataExtensions.Contains(Path.GetExtension(relative).ToLowerInvariant()) || entry.DataStream is null) continue;
                total += entry.Length;
                if (entry.Length > options.MaxDocumentBytes || total > options.MaxTotalUncompressedBytes)
                    throw new ArchiveException(DisplayName, $"entry '{relative}'", "the archive's data files exceed the size limit; refusing it.");
                using var copy = new MemoryStream((int)entry.Length);
                entry.DataStream.CopyTo(copy);
                var bytes = copy.ToArray();
                _entries.Add(new ArchiveEntry(relative, bytes.Length, () => new MemoryStream(bytes, writable: false)));
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException)
        {
            if (_entries.Count == 0)
                throw new ArchiveException(DisplayName, null, $"this is not a readable .tar.gz file ({ex.Message.TrimEnd('.')}).", ex);
            ListingNotes.Add(new ImportNote(ImportNoteLevel.Error, DisplayName, $"after {_entries.Count} files",
                $"the rest of the archive is unreadable ({ex.Message.TrimEnd('.')}); what came before it is used."));
        }
    }

    public override string DisplayName { get; }

    public override IReadOnlyList<ArchiveEntry> Entries => _entries;

    public static bool LooksLikeTarGz(string path)
    {
        Span<byte> head = stackalloc byte[2];
        using var stream = File.OpenRead(path);
        return (path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)) &&
               stream.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && head[0] == 0x1f && head[1] == 0x8b;
    }
}
