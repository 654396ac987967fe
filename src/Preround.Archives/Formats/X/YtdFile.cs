using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Preround.Archives.Sources;

namespace Preround.Archives.Formats.X;

/// <summary>
/// Reads an X archive data file, <c>window.YTD.&lt;name&gt;.partN = [ … ]</c>: the assignment is stripped and the array
/// is parsed as JSON, item by item, never evaluated.
/// </summary>
internal static partial class YtdFile
{
    private const int MaxPrefixBytes = 4096;

    [GeneratedRegex(@"^\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*$")]
    private static partial Regex YtdPrefix();

    [GeneratedRegex(@"^\s*window\.__THAR_CONFIG\s*$")]
    private static partial Regex TharPrefix();

    /// <summary>The <c>globalName</c> of a data file (<c>tweets</c>, <c>deleted_tweets</c>, <c>profile</c>), or null when it is not one.</summary>
    public static string? PeekGlobalName(ArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            var prefix = ReadPrefix(stream, out var prefixLength);
            if (prefix is null) return null;
            var m = YtdPrefix().Match(prefix);
            return m.Success ? m.Groups[1].Value : TharPrefix().IsMatch(prefix) ? "__THAR_CONFIG" : null;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArchiveException)
        {
            return null;
        }
    }

    /// <summary>Streams the items of the array, stopping at the first malformed spot with a note that says where.</summary>
    public static IEnumerable<T> ReadItems<T>(ArchiveEntry entry, JsonTypeInfo<T> typeInfo, ImportLog log)
    {
        Stream stream;
        int prefixLength;
        try
        {
            stream = entry.Open();
            var prefix = ReadPrefix(stream, out prefixLength);
            if (prefix is null || !(YtdPrefix().IsMatch(prefix) || TharPrefix().IsMatch(prefix)))
            {
                stream.Dispose();
                log.Error(entry.Path, "byte 0", "not an X archive data file: it should start with 'window.YTD.<name>.part<N> = ['; nothing was read from it.");
                yield break;
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArchiveException)
        {
            log.Error(entry.Path, null, $"could not be read: {ex.Message}");
            yield break;
        }

        using (stream)
        {
            var items = JsonSerializer.DeserializeAsyncEnumerable(stream, typeInfo).ToBlockingEnumerable();
            using var e = items.GetEnumerator();
            var index = 0;
            while (true)
            {
                T? item;
                try
                {
                    if (!e.MoveNext()) break;
                    item = e.Current;
                }
                catch (JsonException ex)
                {
                    log.Error(entry.Path, Where(ex, prefixLength),
                        $"the JSON is malformed or cut short after {index:N0} items ({FirstSentence(ex.Message)}); the items before it were read, the rest skipped.");
                    yield break;
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException)
                {
                    log.Error(entry.Path, $"after item {index:N0}", $"reading stopped: {ex.Message}");
                    yield break;
                }
                index++;
                if (item is not null) yield return item;
            }
        }
    }

    /// <summary>A single object after the assignment (<c>window.__THAR_CONFIG = {…}</c>), or default with a note.</summary>
    public static T? ReadObject<T>(ArchiveEntry entry, JsonTypeInfo<T> typeInfo, ImportLog log)
    {
        try
        {
            using var stream = entry.Open();
            var prefix = ReadPrefix(stream, out var prefixLength);
            if (prefix is null) return default;
            try
            {
                return JsonSerializer.Deserialize(stream, typeInfo);
            }
            catch (JsonException ex)
            {
                log.Error(entry.Path, Where(ex, prefixLength), $"the JSON is malformed ({FirstSentence(ex.Message)}).");
                return default;
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArchiveException)
        {
            log.Error(entry.Path, null, $"could not be read: {ex.Message}");
            return default;
        }
    }

    /// <summary>The whole array as a list (for the small files: profile, account).</summary>
    public static List<T> ReadAll<T>(ArchiveEntry entry, JsonTypeInfo<T> typeInfo, ImportLog log) => [.. ReadItems(entry, typeInfo, log)];

    // NOTE: the prefix is read byte by byte up to '=' so that the stream is left exactly at the JSON.
    private static string? ReadPrefix(Stream stream, out int length)
    {
        var bytes = new List<byte>(64);
        length = 0;
        while (bytes.Count < MaxPrefixBytes)
        {
            var b = stream.ReadByte();
            if (b < 0) return null;
            length++;
            if (b == '=') break;
            bytes.Add((byte)b);
        }
        if (bytes.Count >= MaxPrefixBytes) return null;
        var text = Encoding.UTF8.GetString(bytes.ToArray());
        return text.TrimStart('\uFEFF');
    }

    internal static string Where(JsonException ex, int prefixLength)
    {
        var line = (ex.LineNumber ?? 0) + 1;
        var column = (ex.BytePositionInLine ?? 0) + 1 + (line == 1 ? prefixLength : 0);
        var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $", {ex.Path}";
        return $"line {line}, byte {column}{path}";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
