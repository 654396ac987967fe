using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Heif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.WebP;
using MetadataExtractor.Formats.Xmp;
using MxDirectory = MetadataExtractor.Directory;

namespace Preround.Imaging;

/// <summary>Reads who/where/when/with-what from a picture's metadata with MetadataExtractor.</summary>
internal static class MetadataReader
{
    private const int MaxTextLength = 2_000;

    public static ImageMetadata Read(byte[] bytes, string name)
    {
        IReadOnlyList<MxDirectory> dirs;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            dirs = ImageMetadataReader.ReadMetadata(stream);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new InvalidImageException($"{name}: the metadata cannot be read ({e.Message})", null, e);
        }
        return FromDirectories(dirs);
    }

    internal static ImageMetadata FromDirectories(IReadOnlyList<MxDirectory> dirs)
    {
        var exif = dirs.OfType<ExifDirectoryBase>().Where(d => d is ExifIfd0Directory or ExifSubIfdDirectory).ToList();
        var texts = new List<EmbeddedText>();
        string? software = null;
        int orientation = 1, width = 0, height = 0;

        foreach (var d in exif)
        {
            if (d is ExifIfd0Directory && d.TryGetInt32(ExifDirectoryBase.TagOrientation, out int o) && o is >= 1 and <= 8) orientation = o;
            software ??= Str(d, ExifDirectoryBase.TagSoftware);
            AddText(texts, d, ExifDirectoryBase.TagImageDescription, "EXIF ImageDescription", EmbeddedTextKind.Description);
            AddText(texts, d, ExifDirectoryBase.TagUserComment, "EXIF UserComment", EmbeddedTextKind.Comment);
            AddText(texts, d, ExifDirectoryBase.TagWinTitle, "EXIF XPTitle", EmbeddedTextKind.Title);
            AddText(texts, d, ExifDirectoryBase.TagWinComment, "EXIF XPComment", EmbeddedTextKind.Comment);
            AddText(texts, d, ExifDirectoryBase.TagWinSubject, "EXIF XPSubject", EmbeddedTextKind.Description);
            AddText(texts, d, ExifDirectoryBase.TagWinKeywords, "EXIF XPKeywords", EmbeddedTextKind.Keywords);
            AddText(texts, d, ExifDirectoryBase.TagWinAuthor, "EXIF XPAuthor", EmbeddedTextKind.Person);
            AddText(texts, d, ExifDirectoryBase.TagArtist, "EXIF Artist", EmbeddedTextKind.Person);
            AddText(texts, d, ExifDirectoryBase.TagCameraOwnerName, "EXIF CameraOwnerName", EmbeddedTextKind.Person);
            AddText(texts, d, ExifDirectoryBase.TagCopyright, "EXIF Copyright", EmbeddedTextKind.Person);
        }
        foreach (var d in dirs.OfType<IptcDirectory>())
        {
            AddText(texts, d, IptcDirectory.TagObjectName, "IPTC ObjectName", EmbeddedTextKind.Title);
            AddText(texts, d, IptcDirectory.TagHeadline, "IPTC Headline", EmbeddedTextKind.Title);
            AddText(texts, d, IptcDirectory.TagCaption, "IPTC Caption", EmbeddedTextKind.Description);
            AddText(texts, d, IptcDirectory.TagKeywords, "IPTC Keywords", EmbeddedTextKind.Keywords);
            AddText(texts, d, IptcDirectory.TagByLine, "IPTC By-line", EmbeddedTextKind.Person);
            AddText(texts, d, IptcDirectory.TagSubLocation, "IPTC Sub-location", EmbeddedTextKind.Place);
            AddText(texts, d, IptcDirectory.TagCity, "IPTC City", EmbeddedTextKind.Place);
            AddText(texts, d, IptcDirectory.TagProvinceOrState, "IPTC Province/State", EmbeddedTextKind.Place);
        }
        foreach (var d in dirs.OfType<JpegCommentDirectory>())
            AddText(texts, d, JpegCommentDirectory.TagComment, "JPEG comment", EmbeddedTextKind.Comment);
        foreach (var d in dirs.OfType<XmpDirectory>())
            software = ReadXmp(d, texts) ?? software;
        foreach (var d in dirs.OfType<PngDirectory>())
        {
            if (d.GetObject(PngDirectory.TagTextualData) is IEnumerable<MetadataExtractor.KeyValuePair> pairs)
            {
                foreach (var pair in pairs)
                {
                    string key = pair.Key, value = pair.Value.ToString(System.Text.Encoding.UTF8);
                    if (key.Equals("Software", StringComparison.OrdinalIgnoreCase)) software ??= Clean(value);
                    // NOTE: exiftool and ImageMagick keep their own bookkeeping (raw profiles, dates) in PNG text: not human text.
                    else if (!key.StartsWith("Raw profile", StringComparison.OrdinalIgnoreCase) && !key.StartsWith("date:", StringComparison.OrdinalIgnoreCase)
                             && !key.Equals("XML:com.adobe.xmp", StringComparison.OrdinalIgnoreCase))
                        Add(texts, $"PNG text '{key}'", KindOfPngKey(key), value);
                }
            }
            if (d.TryGetInt32(PngDirectory.TagImageWidth, out int w) && d.TryGetInt32(PngDirectory.TagImageHeight, out int h)) (width, height) = (w, h);
        }
        foreach (var d in dirs.OfType<WebPDirectory>())
            if (d.TryGetInt32(WebPDirectory.TagImageWidth, out int w) && d.TryGetInt32(WebPDirectory.TagImageHeight, out int h)) (width, height) = (w, h);
        foreach (var d in dirs.OfType<HeicImagePropertiesDirectory>())
            if (d.TryGetInt32(HeicImagePropertiesDirectory.TagImageWidth, out int w) && d.TryGetInt32(HeicImagePropertiesDirectory.TagImageHeight, out int h) && (long)w * h > (long)width * height)
                (width, height) = (w, h);

        var gpsDir = dirs.OfType<GpsDirectory>().FirstOrDefault();
        var geo = gpsDir?.GetGeoLocation();
        return new ImageMetadata
        {
            Gps = geo is { IsZero: false } g && double.IsFinite(g.Latitude) && double.IsFinite(g.Longitude) ? new GeoPoint(g.Latitude, g.Longitude) : null,
            Captured = ReadCaptureTime(exif, dirs),
            CameraMake = exif.Select(d => Str(d, ExifDirectoryBase.TagMake)).FirstOrDefault(s => s is not null),
            CameraModel = exif.Select(d => Str(d, ExifDirectoryBase.TagModel)).FirstOrDefault(s => s is not null),
            LensModel = exif.Select(d => Str(d, ExifDirectoryBase.TagLensModel)).FirstOrDefault(s => s is not null),
            SerialNumber = exif.Select(d => Str(d, ExifDirectoryBase.TagBodySerialNumber)).FirstOrDefault(s => s is not null),
            Software = software,
            Texts = texts.DistinctBy(t => (t.Kind, t.Text)).ToList(),
            Orientation = orientation,
            Width = width,
            Height = height,
            Blocks = BlockNames(dirs),
        };
    }

    private static CaptureTime? ReadCaptureTime(List<ExifDirectoryBase> exif, IReadOnlyList<MxDirectory> dirs)
    {
        (int tag, int zoneTag, string field)[] order =
        [
            (ExifDirectoryBase.TagDateTimeOriginal, ExifDirectoryBase.TagTimeZoneOriginal, "EXIF DateTimeOriginal"),
            (ExifDirectoryBase.TagDateTimeDigitized, ExifDirectoryBase.TagTimeZoneDigitized, "EXIF DateTimeDigitized"),
            (ExifDirectoryBase.TagDateTime, ExifDirectoryBase.TagTimeZone, "EXIF DateTime"),
        ];
        foreach (var (tag, zoneTag, field) in order)
        {
            foreach (var d in exif)
            {
                if (d.ContainsTag(tag) && d.TryGetDateTime(tag, out var when))
                    return new CaptureTime(DateTime.SpecifyKind(when, DateTimeKind.Unspecified), ParseOffset(d.GetString(zoneTag)), field);
            }
        }
        foreach (var d in dirs.OfType<XmpDirectory>())
        {
            var props = d.GetXmpProperties();
            foreach (var key in new[] { "photoshop:DateCreated", "xmp:CreateDate", "exif:DateTimeOriginal" })
            {
                if (props.TryGetValue(key, out var value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
                    return new CaptureTime(DateTime.SpecifyKind(dto.DateTime, DateTimeKind.Unspecified), value.Length > 19 ? dto.Offset : null, $"XMP {key}");
            }
        }
        foreach (var d in dirs.OfType<PngDirectory>())
        {
            if (d.ContainsTag(PngDirectory.TagLastModificationTime) && d.TryGetDateTime(PngDirectory.TagLastModificationTime, out var when))
                return new CaptureTime(DateTime.SpecifyKind(when, DateTimeKind.Unspecified), TimeSpan.Zero, "PNG tIME");
        }
        return null;
    }

    private static string? ReadXmp(XmpDirectory d, List<EmbeddedText> texts)
    {
        string? software = null;
        foreach (var (key, value) in d.GetXmpProperties())
        {
            // NOTE: XMP arrays come back as "dc:title[1]"; the bare "dc:title" entry is the container.
            string bare = key.Contains('[') ? key[..key.IndexOf('[')] : key;
            string? field = null;
            EmbeddedTextKind kind = EmbeddedTextKind.Comment;
            switch (bare)
            {
                case "xmp:CreatorTool": software = Clean(value); continue;
                case "dc:title": kind = EmbeddedTextKind.Title; field = bare; break;
                case "dc:description": kind = EmbeddedTextKind.Description; field = bare; break;
                case "dc:subject": kind = EmbeddedTextKind.Keywords; field = bare; break;
                case "dc:creator": kind = EmbeddedTextKind.Person; field = bare; break;
                case "photoshop:Headline": kind = EmbeddedTextKind.Title; field = bare; break;
                case "exif:UserComment": kind = EmbeddedTextKind.Comment; field = bare; break;
                case "photoshop:City" or "photoshop:State" or "Iptc4xmpCore:Location": kind = EmbeddedTextKind.Place; field = bare; break;
            }
            if (field is not null && !string.IsNullOrWhiteSpace(value) && !key.EndsWith("/xml:lang", StringComparison.Ordinal)) Add(texts, $"XMP {field}", kind, value);
        }
        return software;
    }

    private static IReadOnlyList<string> BlockNames(IReadOnlyList<MxDirectory> dirs)
    {
        var names = new List<string>();
        foreach (var d in dirs)
        {
            string? n = d switch
            {
                GpsDirectory => "GPS",
                ExifIfd0Directory or ExifSubIfdDirectory => "EXIF",
                ExifThumbnailDirectory => "EXIF thumbnail",
                XmpDirectory => "XMP",
                IptcDirectory => "IPTC",
                JpegCommentDirectory => "JPEG comment",
                PngDirectory p when p.ContainsTag(PngDirectory.TagTextualData) => "PNG text",
                PngDirectory p when p.ContainsTag(PngDirectory.TagLastModificationTime) => "PNG time",
                _ when d.Name.Contains("Makernote", StringComparison.OrdinalIgnoreCase) => "maker notes",
                _ => null,
            };
            if (n is not null && !names.Contains(n)) names.Add(n);
        }
        return names;
    }

    private static EmbeddedTextKind KindOfPngKey(string key) => key.ToLowerInvariant() switch
    {
        "title" => EmbeddedTextKind.Title,
        "description" => EmbeddedTextKind.Description,
        "author" or "copyright" => EmbeddedTextKind.Person,
        _ => EmbeddedTextKind.Comment,
    };

    private static TimeSpan? ParseOffset(string? s) =>
        s is not null && TimeSpan.TryParse(s.TrimStart('+'), CultureInfo.InvariantCulture, out var t) ? (s.StartsWith('-') ? -t.Duration() : t) : null;

    private static string? Str(MxDirectory d, int tag) => d.ContainsTag(tag) ? Clean(d.GetDescription(tag)) : null;

    private static void AddText(List<EmbeddedText> texts, MxDirectory d, int tag, string field, EmbeddedTextKind kind)
    {
        if (d.ContainsTag(tag)) Add(texts, field, kind, d.GetDescription(tag));
    }

    private static void Add(List<EmbeddedText> texts, string field, EmbeddedTextKind kind, string? value)
    {
        var clean = Clean(value);
        if (clean is not null) texts.Add(new EmbeddedText(field, kind, clean));
    }

    /// <summary>Trims, drops control characters and padding, bounds the length.</summary>
    private static string? Clean(string? s)
    {
        if (s is null) return null;
        var chars = s.Where(c => !char.IsControl(c) || c == '\n').ToArray();
        var t = new string(chars).Trim();
        if (t.Length == 0 || t.All(c => c == '?' || char.IsWhiteSpace(c))) return null;
        return t.Length > MaxTextLength ? t[..MaxTextLength] : t;
    }
}
