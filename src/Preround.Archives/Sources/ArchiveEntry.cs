namespace Preround.Archives.Sources;

/// <summary>One file inside an archive, a folder, or the single input file.</summary>
/// <param name="Path">Relative path with forward slashes, as it appears inside the archive.</param>
/// <param name="Opener">Opens a fresh read-only stream of the content.</param>
/// <param name="Length">Size in bytes (uncompressed, as declared for zip entries).</param>
internal sealed record ArchiveEntry(string Path, long Length, Func<Stream> Opener)
{
    /// <summary>The last path segment, lower-case, for matching files by name.</summary>
    public string Name { get; } = System.IO.Path.GetFileName(Path).ToLowerInvariant();

    /// <summary>A read-only stream of the content. The caller disposes it.</summary>
    public Stream Open() => Opener();

    /// <summary>The whole content, refused above <paramref name="maxBytes"/>.</summary>
    public byte[] ReadAll(long maxBytes)
    {
        if (Length > maxBytes)
            throw new ArchiveException(Path, null, $"the file is {Length:N0} bytes; the limit for one document is {maxBytes:N0} bytes.");
        using var stream = Open();
        using var buffer = new MemoryStream(Length > 0 ? (int)Math.Min(Length, int.MaxValue) : 4096);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
