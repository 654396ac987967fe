namespace Preround.Imaging;

/// <summary>The file is not a picture Preround can read, or it is damaged; the message says where and what.</summary>
public sealed class InvalidImageException : Exception
{
    public InvalidImageException(string message, long? offset = null, Exception? inner = null)
        : base(offset is { } at ? $"{message} (at byte {at})" : message, inner)
    {
        Offset = offset;
    }

    /// <summary>Byte offset of the problem in the file, when known.</summary>
    public long? Offset { get; }
}
