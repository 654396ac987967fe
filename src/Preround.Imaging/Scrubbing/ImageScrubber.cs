using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace Preround.Imaging;

/// <summary>
/// Writes a copy of a picture without its metadata (EXIF, GPS, XMP, IPTC, comments, PNG text and times), keeping only
/// the orientation tag so it displays the same, and verifies the copy before it is put in place. The original is never written.
/// </summary>
public static class ImageScrubber
{
    /// <summary>Scrubs <paramref name="inputPath"/> into <paramref name="outputPath"/>.</summary>
    /// <exception cref="InvalidImageException">The input is damaged, not JPEG/PNG, or the output would replace the input.</exception>
    /// <exception cref="IOException">The output exists and <paramref name="overwrite"/> is false, or cannot be written.</exception>
    public static ScrubResult ScrubFile(string inputPath, string outputPath, bool overwrite = false, ImageLimits? limits = null)
    {
        limits ??= ImageLimits.Default;
        if (SameFile(inputPath, outputPath))
            throw new InvalidImageException($"{outputPath}: the output would replace the original; choose another name");
        if (File.Exists(outputPath) && !overwrite)
            throw new IOException($"{outputPath} already exists; pass --force to replace it");
        var image = LoadedImage.FromFile(inputPath, limits);
        var (bytes, result) = Scrub(image, limits);

        // NOTE: written to a temporary name beside the target and moved, so a failure never leaves half a picture.
        var dir = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(outputPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, outputPath, overwrite);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        return result;
    }

    /// <summary>Scrubs bytes in memory (an upload); returns the clean bytes.</summary>
    public static byte[] ScrubBytes(string name, byte[] input, out ScrubResult result, ImageLimits? limits = null)
    {
        limits ??= ImageLimits.Default;
        (var bytes, result) = Scrub(LoadedImage.FromBytes(name, input, limits), limits);
        return bytes;
    }

    private static (byte[] Bytes, ScrubResult Result) Scrub(LoadedImage image, ImageLimits limits)
    {
        var metadata = MetadataReader.Read(image.Bytes, image.Name);
        var removed = new List<string>();
        byte[] clean = image.Format switch
        {
            ImageFormat.Jpeg => JpegScrubber.Scrub(image.Bytes, image.Jpeg!, metadata.Orientation, removed),
            ImageFormat.Png => PngScrubber.Scrub(image.Bytes, image.Png!, metadata.Orientation, removed),
            ImageFormat.WebP => WebpScrubber.Scrub(image.Bytes, image.Webp!, metadata.Orientation, removed),
            _ => throw new InvalidImageException($"{image.Name}: scrubbing handles JPEG, PNG and WebP; save the {image.Format} picture as JPEG first"),
        };
        var remaining = Verify(image, clean, metadata.Orientation, limits);
        return (clean, new ScrubResult(image.Format, image.Bytes.Length, clean.Length, removed.Distinct().ToList(), metadata.Orientation, remaining));
    }

    /// <summary>The copy must parse as the same picture and MetadataExtractor must find nothing but the orientation.</summary>
    private static IReadOnlyList<string> Verify(LoadedImage original, byte[] clean, int orientation, ImageLimits limits)
    {
        LoadedImage copy;
        try
        {
            copy = LoadedImage.FromBytes(original.Name, clean, limits);
        }
        catch (InvalidImageException e)
        {
            throw new InvalidOperationException($"scrubbing {original.Name} produced a copy that does not decode ({e.Message}); nothing was written", e);
        }
        if (copy.Width != original.Width || copy.Height != original.Height || (copy.Webp?.Chunks.Count(c => c.FourCc is "VP8 " or "VP8L" or "ANMF") ?? 0) != (original.Webp?.Chunks.Count(c => c.FourCc is "VP8 " or "VP8L" or "ANMF") ?? 0))
            throw new InvalidOperationException($"scrubbing {original.Name} changed the picture size; nothing was written");

        using var stream = new MemoryStream(clean, writable: false);
        var dirs = ImageMetadataReader.ReadMetadata(stream);
        var after = MetadataReader.FromDirectories(dirs);
        var leftovers = new List<string>();
        if (after.Gps is not null || dirs.OfType<GpsDirectory>().Any()) leftovers.Add("GPS");
        if (dirs.OfType<ExifSubIfdDirectory>().Any()) leftovers.Add("EXIF sub-IFD");
        foreach (var ifd0 in dirs.OfType<ExifIfd0Directory>())
            if (ifd0.Tags.Any(t => t.Type != ExifDirectoryBase.TagOrientation)) leftovers.Add("EXIF tags besides orientation");
        if (after.Texts.Count > 0) leftovers.Add("embedded text");
        if (after.Captured is not null) leftovers.Add("capture time");
        if (after.Device is not null || after.Software is not null) leftovers.Add("camera or software");
        if (leftovers.Count > 0)
            throw new InvalidOperationException($"scrubbing {original.Name} left metadata behind ({string.Join(", ", leftovers)}); nothing was written");
        if (after.Orientation != orientation)
            throw new InvalidOperationException($"scrubbing {original.Name} lost the orientation; nothing was written");
        return after.Blocks;
    }

    private static bool SameFile(string a, string b)
    {
        static string Resolve(string p)
        {
            var full = Path.GetFullPath(p);
            try
            {
                return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
            }
            catch (IOException)
            {
                return full;
            }
        }
        return string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }
}
