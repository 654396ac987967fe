namespace Preround.Imaging;

/// <summary>One piece of a JPEG file: a marker segment, or the entropy-coded data that follows a start-of-scan.</summary>
/// <param name="Marker">The marker byte (after 0xFF); 0 for entropy-coded scan data.</param>
/// <param name="Offset">Where the piece starts in the file (at the 0xFF for markers).</param>
/// <param name="Length">Bytes in the piece, marker included.</param>
internal readonly record struct JpegSegment(byte Marker, int Offset, int Length)
{
    public const byte Soi = 0xD8, Eoi = 0xD9, Sos = 0xDA, Com = 0xFE, App0 = 0xE0, App1 = 0xE1, App2 = 0xE2, App13 = 0xED, App14 = 0xEE;

    /// <summary>Entropy-coded bytes between markers.</summary>
    public bool IsScanData => Marker == 0;

    /// <summary>Bytes after the marker and its two length bytes.</summary>
    public ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> file) =>
        IsScanData || Length < 4 ? [] : file.Slice(Offset + 4, Length - 4);

    public bool IsApp => Marker is >= 0xE0 and <= 0xEF;

    /// <summary>Start-of-frame markers (baseline, progressive, lossless, arithmetic); not DHT, JPG or DAC.</summary>
    public bool IsStartOfFrame => Marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    public bool StartsWith(ReadOnlySpan<byte> file, ReadOnlySpan<byte> identifier) => Payload(file).StartsWith(identifier);
}
