using System.IO.Compression;
using Preround.Archives.Model;

namespace Preround.Archives.Sources;

/// <summary>A zip read in place: entries are decompressed on demand into memory streams, never written to disk.</summary>
internal sealed class ZipSource : ArchiveSource
{
    private readonly string _path;
    private readonly List<ArchiveEntry> _entries = [];
    private readonly SharedBudget _budget;

    public ZipSource(string path, ImportOptions options)
    {
        _path = Path.GetFullPath(path);
        _budget = new SharedBudget(options.MaxTotalUncompressedBytes);
        using var archive = OpenArchive();
        long declaredTotal = 0;
        foreach (var (entry, index) in archive.Entries.Select((e, i) => (e, i)))
        {
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\')) continue;
            var relative = EntryPaths.Normalise(entry.FullName, out var reason);
            if (relative is null)
            {
                ListingNotes.Add(new ImportNote(ImportNoteLevel.Error, _path, $"entry '{entry.FullName}'", $"left out: {reason}."));
                continue;
            }
            if (entry.Length > options.RatioCheckThresholdBytes &&
                entry.Length > options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                ListingNotes.Add(new ImportNote(ImportNoteLevel.Error, _path, $"entry '{relative}'",
                    $"left out: it claims to expand {entry.Length / (double)Math.Max(1, entry.CompressedLength):N0}x " +
                    $"(limit {options.MaxCompressionRatio:N0}x), which is how zip bombs look."));
                continue;
            }
            declaredTotal += entry.Length;
            if (declaredTotal > options.MaxTotalUncompressedBytes)
                throw new ArchiveException(_path, null,
                    $"the zip expands to more than {options.MaxTotalUncompressedBytes:N0} bytes, the limit; refusing it as a likely zip bomb.");
            var entryIndex = index;
            var declared = entry.Length;
            _entries.Add(new ArchiveEntry(relative, entry.Length, () => OpenEntry(entryIndex, relative, declared)));
        }
    }

    public override string DisplayName => _path;

    public override IReadOnlyList<ArchiveEntry> Entries => _entries;

    /// <summary>True when the file starts with a zip local header or end-of-central-directory signature.</summary>
    public static bool LooksLikeZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 &&
               head[0] == (byte)'P' && head[1] == (byte)'K' && (head[2] is 3 or 5 or 7) && (head[3] is 4 or 6 or 8);
    }

    private ZipArchive OpenArchive()
    {
        var stream = FolderSource.OpenRead(_path);
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            stream.Dispose();
            throw new ArchiveException(_path, null, $"this is not a readable zip file ({ex.Message.TrimEnd('.')}). Download the archive again or unpack it and pass the folder.", ex);
        }
    }

    // NOTE: each open gets its own file handle and ZipArchive, so two entries can be read at once without
    // fighting over one stream position.
    private Stream OpenEntry(int index, string relative, long declared)
    {
        var archive = OpenArchive();
        try
        {
            var inner = archive.Entries[index].Open();
            return new BoundedStream(inner, archive, relative, declared, _budget);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            archive.Dispose();
            throw new ArchiveException(_path, $"entry '{relative}'", $"the entry cannot be decompressed ({ex.Message.TrimEnd('.')}).", ex);
        }
    }

    /// <summary>Total bytes decompressed from the zip so far, shared by every entry stream.</summary>
    internal sealed class SharedBudget(long limit)
    {
        private long _used;

        public void Take(int bytes, string entry)
        {
            if (Interlocked.Add(ref _used, bytes) > limit)
                throw new InvalidDataException($"entry '{entry}': the zip has produced more than {limit:N0} bytes, the limit; stopping as for a zip bomb.");
        }
    }
}
