namespace Preround.Imaging;

/// <summary>A picture read into memory once, its format recognised and its structure checked.</summary>
internal sealed class LoadedImage
{
    private LoadedImage(string name, byte[] bytes, ImageFormat format, int width, int height, JpegStructure? jpeg, PngStructure? png)
    {
        Name = name;
        Bytes = bytes;
        Format = format;
        Width = width;
        Height = height;
        Jpeg = jpeg;
        Png = png;
    }

    /// <summary>The path or upload name, for messages.</summary>
    public string Name { get; }

    public byte[] Bytes { get; }

    public ImageFormat Format { get; }

    /// <summary>Stored width in pixels (before any orientation is applied); 0 when the format does not say.</summary>
    public int Width { get; }

    public int Height { get; }

    public JpegStructure? Jpeg { get; }

    public PngStructure? Png { get; }

    public WebpStructure? Webp { get; private init; }

    /// <summary>Reads a file with the size limit applied before any byte is buffered.</summary>
    public static LoadedImage FromFile(string path, ImageLimits limits)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists) throw new InvalidImageException($"{path}: no such file");
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or UnauthorizedAccessException or PathTooLongException)
        {
            throw new InvalidImageException($"{path}: cannot open ({e.Message})", null, e);
        }
        if (info.Length > limits.MaxFileBytes)
            throw new InvalidImageException($"{path}: the file is {info.Length / (1024 * 1024)} MB, more than the limit of {limits.MaxFileBytes / (1024 * 1024)} MB");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidImageException($"{path}: cannot read ({e.Message})", null, e);
        }
        return FromBytes(path, bytes, limits);
    }

    /// <summary>Recognises and checks bytes already in memory (an upload); the caller bounds their size.</summary>
    public static LoadedImage FromBytes(string name, byte[] bytes, ImageLimits limits)
    {
        if (bytes.Length > limits.MaxFileBytes)
            throw new InvalidImageException($"{name}: the file is larger than the limit of {limits.MaxFileBytes / (1024 * 1024)} MB");
        var format = ImageFormatSniffer.Detect(bytes);
        try
        {
            switch (format)
            {
                case ImageFormat.Jpeg:
                    var jpeg = JpegStructure.Parse(bytes, limits);
                    return new LoadedImage(name, bytes, format, jpeg.Width, jpeg.Height, jpeg, null);
                case ImageFormat.Png:
                    var png = PngStructure.Parse(bytes, limits);
                    return new LoadedImage(name, bytes, format, png.Width, png.Height, null, png);
                case ImageFormat.WebP:
                    var webp = WebpStructure.Parse(bytes);
                    return new LoadedImage(name, bytes, format, 0, 0, null, null) { Webp = webp };
                case ImageFormat.Heif:
                    return new LoadedImage(name, bytes, format, 0, 0, null, null);
                default:
                    throw new InvalidImageException("not a picture Preround can read (expected JPEG, PNG, WebP or HEIC)", 0);
            }
        }
        catch (InvalidImageException e)
        {
            throw new InvalidImageException($"{name}: {e.Message}", null, e);
        }
    }

    /// <summary>The same picture with the size learnt from its metadata (WebP, HEIC), checked against the pixel limit.</summary>
    public LoadedImage WithSize(int width, int height, ImageLimits limits)
    {
        if ((long)width * height > limits.MaxPixels)
            throw new InvalidImageException($"{Name}: the picture declares {width}x{height} pixels, more than the limit of {limits.MaxPixels / 1_000_000} megapixels");
        return new LoadedImage(Name, Bytes, Format, width, height, Jpeg, Png) { Webp = Webp };
    }
}
