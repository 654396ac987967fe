namespace Preround.Archives;

/// <summary>The input cannot be imported at all: not found, not an archive we know, a corrupt or hostile zip.</summary>
/// <remarks>The message names the file and, where known, the position. Problems inside one file of an otherwise
/// readable archive are not thrown; they become <see cref="Model.ImportNote"/>s and the rest is still read.</remarks>
public sealed class ArchiveException : Exception
{
    /// <summary>The file (or archive entry) at fault.</summary>
    public string File { get; }

    /// <summary>Where in it, when known (an entry name, a byte offset, a line and column).</summary>
    public string? Position { get; }

    public ArchiveException(string file, string? position, string message, Exception? inner = null)
        : base(Format(file, position, message), inner)
    {
        File = file;
        Position = position;
    }

    private static string Format(string file, string? position, string message) =>
        position is null ? $"{file}: {message}" : $"{file} ({position}): {message}";
}
