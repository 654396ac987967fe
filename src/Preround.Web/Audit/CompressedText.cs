using System.IO.Compression;

namespace Preround.Web.Audit;

/// <summary>
/// A report file held in memory gzip-compressed: reports of a large archive are tens of MiB of text that compress
/// about tenfold, and they are kept only until downloaded or expired.
/// </summary>
internal sealed class CompressedText
{
    private readonly byte[] _gzip;

    private CompressedText(byte[] gzip, long length)
    {
        _gzip = gzip;
        Length = length;
    }

    /// <summary>Size once decompressed.</summary>
    public long Length { get; }

    /// <summary>Size in memory.</summary>
    public long CompressedLength => _gzip.Length;

    /// <summary>Writes through <paramref name="write"/> into a new compressed buffer.</summary>
    public static CompressedText Write(Action<Stream> write)
    {
        var writer = new Writer();
        write(writer.Stream);
        return writer.Finish();
    }

    /// <summary>The decompressed bytes as a stream.</summary>
    public Stream OpenRead() => new GZipStream(new MemoryStream(_gzip, writable: false), CompressionMode.Decompress);

    /// <summary>Compresses what is written to <see cref="Stream"/> until <see cref="Finish"/>.</summary>
    public sealed class Writer
    {
        private readonly MemoryStream _buffer = new();
        private readonly CountingStream _counter;

        public Writer() => _counter = new CountingStream(new GZipStream(_buffer, CompressionLevel.Fastest, leaveOpen: true));

        public Stream Stream => _counter;

        public CompressedText Finish()
        {
            _counter.Dispose();
            return new CompressedText(_buffer.ToArray(), _counter.Written);
        }
    }

    /// <summary>A write-only stream that counts what passes through to the inner stream.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Written { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Written;
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            Written += buffer.Length;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
