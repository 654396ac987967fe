namespace Preround.Archives.Formats.Bluesky;

/// <summary>A CAR v1 file read into memory: the roots and every block whose bytes match its CID.</summary>
internal sealed class CarFile
{
    private readonly Dictionary<Cid, ReadOnlyMemory<byte>> _blocks = new();

    public IReadOnlyList<Cid> Roots { get; }

    /// <summary>Blocks dropped because their bytes did not hash to their CID, or used a hash we cannot check.</summary>
    public List<string> Rejected { get; } = [];

    /// <summary>Set when the file ended in the middle of a block: the blocks before it were kept.</summary>
    public string? Truncation { get; private set; }

    public int BlockCount => _blocks.Count;

    private CarFile(IReadOnlyList<Cid> roots) => Roots = roots;

    /// <summary>Parses the header and blocks. Throws <see cref="FormatException"/> when the header itself is unreadable.</summary>
    public static CarFile Read(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        var pos = 0;
        var headerLength = (int)Math.Min(Varint.Read(span, ref pos), int.MaxValue);
        if (headerLength <= 0 || pos + headerLength > span.Length) throw new FormatException("the CAR header length runs past the end of the file");
        if (DagCbor.Decode(span.Slice(pos, headerLength)) is not Dictionary<string, object?> header)
            throw new FormatException("the CAR header is not a map");
        if (header.GetValueOrDefault("version") is not 1L)
            throw new FormatException($"CAR version {header.GetValueOrDefault("version") ?? "missing"} is not supported (only 1)");
        var roots = (header.GetValueOrDefault("roots") as List<object?>)?.OfType<Cid>().ToList() ?? [];
        if (roots.Count == 0) throw new FormatException("the CAR header lists no root");
        pos += headerLength;

        var car = new CarFile(roots);
        while (pos < span.Length)
        {
            var blockStart = pos;
            try
            {
                var length = Varint.Read(span, ref pos);
                if (length == 0 || length > (ulong)(span.Length - pos)) throw new FormatException($"block at byte {blockStart} claims {length} bytes, past the end of the file");
                var section = data.Slice(pos, (int)length);
                var cid = Cid.Read(section.Span, out var cidLength);
                var block = section[cidLength..];
                pos += (int)length;
                if (cid.Matches(block.Span)) car._blocks.TryAdd(cid, block);
                else car.Rejected.Add($"byte {blockStart}: block {cid} " + (cid.HashCodeType is Cid.HashSha256 or Cid.HashIdentity ? "does not match its sha-256 CID" : $"uses hash 0x{cid.HashCodeType:x} which cannot be checked"));
            }
            catch (FormatException ex)
            {
                car.Truncation = $"byte {blockStart}: {ex.Message}";
                break;
            }
        }
        return car;
    }

    public bool TryGet(Cid cid, out ReadOnlyMemory<byte> block) => _blocks.TryGetValue(cid, out block);

    /// <summary>The block decoded as DAG-CBOR, or null when it is absent.</summary>
    public object? Decode(Cid cid) => _blocks.TryGetValue(cid, out var block) ? DagCbor.Decode(block.Span) : null;
}
