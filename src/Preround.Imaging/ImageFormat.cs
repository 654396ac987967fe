namespace Preround.Imaging;

/// <summary>The picture formats Preround reads, recognised by their first bytes rather than the file name.</summary>
public enum ImageFormat
{
    /// <summary>Not a picture format Preround knows.</summary>
    Unknown,
    Jpeg,
    Png,
    WebP,
    /// <summary>HEIC/HEIF/AVIF (ISO base media file with an image brand).</summary>
    Heif,
}

internal static class ImageFormatSniffer
{
    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif", "avis"];

    /// <summary>Recognises the format from the first bytes; the extension is never trusted.</summary>
    public static ImageFormat Detect(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) return ImageFormat.Jpeg;
        if (data.Length >= 8 && data[..8].SequenceEqual(PngStructure.Signature)) return ImageFormat.Png;
        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8)) return ImageFormat.WebP;
        if (data.Length >= 12 && data[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = System.Text.Encoding.ASCII.GetString(data[8..12]);
            if (HeifBrands.Contains(brand)) return ImageFormat.Heif;
        }
        return ImageFormat.Unknown;
    }

    /// <summary>The ImageMagick coder prefix, so ImageMagick never guesses a format from content (a known attack surface).</summary>
    public static string? MagickCoder(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpeg",
        ImageFormat.Png => "png",
        ImageFormat.WebP => "webp",
        ImageFormat.Heif => "heic",
        _ => null,
    };
}
