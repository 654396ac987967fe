using System.Text;
using Preround.Archives.Sources;

namespace Preround.Archives.Formats;

/// <summary>Looks at the first bytes of a file to tell layouts apart when the name does not.</summary>
internal static class Sniff
{
    /// <summary>The first <paramref name="bytes"/> bytes as text, or null when unreadable.</summary>
    public static string? Head(ArchiveEntry entry, int bytes = 4096)
    {
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[bytes];
            var n = stream.ReadAtLeast(buffer, bytes, throwOnEndOfStream: false);
            return Encoding.UTF8.GetString(buffer, 0, n);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArchiveException)
        {
            return null;
        }
    }
}
