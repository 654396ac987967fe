namespace Preround.Imaging;

/// <summary>A JPEG file split into its marker segments, with the checks a decoder needs to succeed.</summary>
internal sealed class JpegStructure
{
    private JpegStructure(IReadOnlyList<JpegSegment> segments, int width, int height, int trailingBytes)
    {
        Segments = segments;
        Width = width;
        Height = height;
        TrailingBytes = trailingBytes;
    }

    /// <summary>Every piece from SOI to EOI, in file order.</summary>
    public IReadOnlyList<JpegSegment> Segments { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Bytes after EOI (phone makers append extra images or video there).</summary>
    public int TrailingBytes { get; }

    /// <summary>Walks the markers; throws <see cref="InvalidImageException"/> with the offset of the first problem.</summary>
    public static JpegStructure Parse(ReadOnlySpan<byte> data, ImageLimits limits)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != JpegSegment.Soi)
            throw new InvalidImageException("not a JPEG: the start-of-image marker FF D8 is missing", 0);

        var segments = new List<JpegSegment> { new(JpegSegment.Soi, 0, 2) };
        int pos = 2, width = 0, height = 0;
        bool sawScan = false;
        while (true)
        {
            if (pos >= data.Length)
                throw new InvalidImageException("the JPEG is cut short: it ends without an end-of-image marker", pos);
            if (data[pos] != 0xFF)
                throw new InvalidImageException($"the JPEG is damaged: expected a marker but found byte 0x{data[pos]:X2}", pos);
            int start = pos;
            // Fill bytes (repeated 0xFF) may precede a marker.
            while (pos < data.Length && data[pos] == 0xFF) pos++;
            if (pos >= data.Length)
                throw new InvalidImageException("the JPEG is cut short inside a marker", start);
            byte marker = data[pos++];
            if (marker == JpegSegment.Eoi)
            {
                segments.Add(new JpegSegment(marker, start, pos - start));
                break;
            }
            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                segments.Add(new JpegSegment(marker, start, pos - start));
                continue;
            }
            if (pos + 2 > data.Length)
                throw new InvalidImageException($"the JPEG is cut short in the length of marker FF {marker:X2}", start);
            int length = (data[pos] << 8) | data[pos + 1];
            if (length < 2 || pos + length > data.Length)
                throw new InvalidImageException($"the JPEG is cut short: marker FF {marker:X2} declares {length} bytes but only {data.Length - pos} remain", start);
            // Re-base so the segment starts at its own 0xFF (fill bytes before it are dropped).
            var segment = new JpegSegment(marker, pos - 2, length + 2);
            segments.Add(segment);
            pos += length;

            if (segment.IsStartOfFrame)
            {
                var p = segment.Payload(data);
                if (p.Length < 5) throw new InvalidImageException("the JPEG frame header is too short", start);
                height = (p[1] << 8) | p[2];
                width = (p[3] << 8) | p[4];
                if (width == 0) throw new InvalidImageException("the JPEG frame declares a width of 0", start);
                if ((long)width * Math.Max(height, 1) > limits.MaxPixels)
                    throw new InvalidImageException($"the JPEG declares {width}x{height} pixels, more than the limit of {limits.MaxPixels / 1_000_000} megapixels", start);
            }
            if (marker == JpegSegment.Sos)
            {
                if (width == 0) throw new InvalidImageException("the JPEG starts a scan before any frame header", start);
                sawScan = true;
                int scanStart = pos;
                pos = FindNextMarker(data, pos);
                if (pos < 0)
                    throw new InvalidImageException("the JPEG is cut short: the image data ends without an end-of-image marker", data.Length);
                if (pos > scanStart) segments.Add(new JpegSegment(0, scanStart, pos - scanStart));
            }
        }
        if (!sawScan) throw new InvalidImageException("the JPEG has no image data (no start-of-scan marker)");
        return new JpegStructure(segments, width, height, data.Length - pos);
    }

    /// <summary>Index of the next real marker after entropy-coded data, or -1 when the data runs out.</summary>
    private static int FindNextMarker(ReadOnlySpan<byte> data, int pos)
    {
        while (true)
        {
            int i = data[pos..].IndexOf((byte)0xFF);
            if (i < 0) return -1;
            pos += i;
            if (pos + 1 >= data.Length) return -1;
            byte next = data[pos + 1];
            // NOTE: FF 00 is an escaped data byte and FF D0-D7 are restart markers: both belong to the scan.
            if (next == 0x00 || next is >= 0xD0 and <= 0xD7 || next == 0xFF) { pos += next == 0xFF ? 1 : 2; continue; }
            return pos;
        }
    }
}
