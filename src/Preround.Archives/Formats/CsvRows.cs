using System.Text;
using Preround.Archives.Sources;

namespace Preround.Archives.Formats;

/// <summary>Streams the rows of an RFC 4180 CSV file as header-name → value maps, turning damage into a note that names the line.</summary>
// NOTE: a small reader of our own: quoted fields may span lines (LinkedIn posts do), and an unterminated quote must be
// reported with the line it opened on, which is the one thing a user needs to find the damage.
internal static class CsvRows
{
    private const int MaxFieldChars = 1_000_000;

    public sealed record Row(int Number, IReadOnlyDictionary<string, string> Values)
    {
        public string? this[string column] => Values.TryGetValue(column, out var v) && v.Length > 0 ? v : null;
    }

    /// <summary>The header names of the file, or null when it has none or cannot be read.</summary>
    public static string[]? Header(ArchiveEntry entry)
    {
        try
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var line = 1;
            return ReadRecord(reader, ref line, out _) is { Count: > 0 } header ? header.Select(h => h.Trim()).ToArray() : null;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArchiveException or FormatException)
        {
            return null;
        }
    }

    public static IEnumerable<Row> Read(ArchiveEntry entry, ImportLog log)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArchiveException)
        {
            log.Error(entry.Path, null, $"could not be read: {ex.Message}");
            yield break;
        }
        using (reader)
        {
            var line = 1;
            string[] header;
            try
            {
                header = ReadRecord(reader, ref line, out _)?.Select(h => h.Trim()).ToArray() ?? [];
            }
            catch (FormatException ex)
            {
                log.Error(entry.Path, "line 1", $"the header row cannot be read: {ex.Message}");
                yield break;
            }
            if (header.Length == 0)
            {
                log.Error(entry.Path, "line 1", "the CSV file is empty or has no header row.");
                yield break;
            }
            while (true)
            {
                Row row;
                var start = line;
                try
                {
                    var fields = ReadRecord(reader, ref line, out var recordStart);
                    if (fields is null) break;
                    if (fields.Count == 1 && fields[0].Length == 0) continue; // blank line
                    var values = new Dictionary<string, string>(header.Length, StringComparer.OrdinalIgnoreCase);
                    for (var i = 0; i < header.Length; i++) values.TryAdd(header[i], i < fields.Count ? fields[i] : "");
                    row = new Row(recordStart, values);
                }
                catch (FormatException ex)
                {
                    log.Error(entry.Path, $"line {start}", $"the CSV is malformed ({ex.Message}); the rows before it were read, the rest skipped.");
                    yield break;
                }
                yield return row;
            }
        }
    }

    /// <summary>One record, or null at the end of the file. <paramref name="line"/> advances past every line the record spans.</summary>
    internal static List<string>? ReadRecord(TextReader reader, ref int line, out int recordStart)
    {
        recordStart = line;
        if (reader.Peek() < 0) return null;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var quoteLine = line;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (quoted) throw new FormatException($"a quoted field opened on line {quoteLine} is never closed");
                fields.Add(field.ToString());
                return fields;
            }
            if (field.Length > MaxFieldChars) throw new FormatException($"a field longer than {MaxFieldChars:N0} characters");
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    line++;
                    fields.Add(field.ToString());
                    return fields;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }
}
