using System.Globalization;
using System.Text.Json;
using Preround.Archives.Model;
using Preround.Archives.Sources;
using Preround.Core.Domain;

namespace Preround.Archives.Formats.Generic;

/// <summary>
/// Any CSV or JSON Lines file with a text column and a date column: exports from schedulers, spreadsheets kept by hand,
/// platforms without a reader of their own. Columns are named with <c>--text-column</c>/<c>--date-column</c> or guessed.
/// </summary>
internal sealed class GenericFormat(ImportOptions options) : ArchiveFormat
{
    private static readonly string[] TextNames = ["text", "content", "body", "message", "post", "full_text", "caption", "status", "tweet"];
    private static readonly string[] DateNames = ["date", "created_at", "createdat", "created", "timestamp", "time", "published", "published_at", "posted_at", "datetime"];
    private static readonly string[] IdNames = ["id", "id_str", "post_id", "uuid"];
    private static readonly string[] UrlNames = ["url", "link", "permalink", "post_url"];

    public override string Name => "generic";

    public override Platform Platform => options.Platform ?? Platform.X;

    private static bool IsCsv(ArchiveEntry e) => e.Name.EndsWith(".csv", StringComparison.Ordinal) || e.Name.EndsWith(".tsv", StringComparison.Ordinal);

    private static bool IsJsonLines(ArchiveEntry e) =>
        e.Name.EndsWith(".jsonl", StringComparison.Ordinal) || e.Name.EndsWith(".ndjson", StringComparison.Ordinal);

    public override bool Recognises(ArchiveSource source) => Files(source).Any();

    private IEnumerable<ArchiveEntry> Files(ArchiveSource source) =>
        source.Entries.Where(e => (IsCsv(e) && CsvRows.Header(e) is { } h && Pick(h, options.TextColumn, TextNames) is not null) ||
                                  (IsJsonLines(e) && FirstJsonLine(e) is { } keys && Pick(keys, options.TextColumn, TextNames) is not null))
            .OrderBy(e => e.Path, StringComparer.Ordinal);

    public override ImportedProfile? ReadProfile(ArchiveSource source, ImportLog log) => null;

    public override IEnumerable<ImportedPost> ReadPosts(ArchiveSource source, ImportLog log)
    {
        foreach (var entry in Files(source))
        {
            int skipped = 0, read = 0;
            var rows = IsCsv(entry) ? CsvRows.Read(entry, log) : JsonLines(entry, log);
            string? textColumn = null, dateColumn = null;
            foreach (var row in rows)
            {
                if (textColumn is null)
                {
                    textColumn = Pick(row.Values.Keys, options.TextColumn, TextNames);
                    dateColumn = Pick(row.Values.Keys, options.DateColumn, DateNames);
                    if (dateColumn is null)
                    {
                        log.Error(entry.Path, "header", $"no date column found (looked for {options.DateColumn ?? string.Join(", ", DateNames)}); name it with --date-column. Nothing was read from this file.");
                        break;
                    }
                }
                var post = ToPost(row, entry.Path, textColumn!, dateColumn!);
                if (post is null) { skipped++; continue; }
                read++;
                yield return post;
            }
            if (skipped > 0) log.Skipped(entry.Path, null, $"{skipped:N0} rows had no readable date in column '{dateColumn}' and were skipped.", skipped);
        }
    }

    private ImportedPost? ToPost(CsvRows.Row row, string file, string textColumn, string dateColumn)
    {
        if (!TryDate(row[dateColumn], out var when)) return null;
        var platform = WireNames.TryParsePlatform(row["platform"], out var p) && row["platform"] is not null ? p : Platform;
        var kindText = row["kind"] ?? row["type"];
        var replyTo = row["in_reply_to"] ?? row["in_reply_to_id"] ?? row["reply_to"];
        var kind = kindText?.ToLowerInvariant() switch
        {
            "reply" or "comment" => PostKind.Reply,
            "repost" or "retweet" or "boost" or "share" => PostKind.Repost,
            "original" or "post" => PostKind.Original,
            _ => replyTo is not null ? PostKind.Reply : PostKind.Original,
        };
        return new ImportedPost
        {
            Id = IdNames.Select(n => row[n]).FirstOrDefault(v => v is not null) ?? string.Create(CultureInfo.InvariantCulture, $"{file}#{row.Number}"),
            Platform = platform,
            CreatedAt = when,
            Kind = kind,
            Text = row[textColumn] ?? "",
            Url = UrlNames.Select(n => row[n]).FirstOrDefault(v => v is not null),
            InReplyToId = replyTo,
            SourceFile = file,
        };
    }

    private static string? Pick(IEnumerable<string> columns, string? wanted, string[] guesses)
    {
        var list = columns.ToList();
        if (wanted is not null) return list.FirstOrDefault(c => c.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        return guesses.Select(g => list.FirstOrDefault(c => c.Equals(g, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(c => c is not null);
    }

    private static string[]? FirstJsonLine(ArchiveEntry entry)
    {
        try
        {
            using var reader = new StreamReader(entry.Open());
            string? line;
            while ((line = reader.ReadLine()) is not null && line.Trim().Length == 0) { }
            if (line is null) return null;
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray() : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or InvalidDataException or ArchiveException)
        {
            return null;
        }
    }

    private static IEnumerable<CsvRows.Row> JsonLines(ArchiveEntry entry, ImportLog log)
    {
        using var reader = new StreamReader(entry.Open());
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Trim().Length == 0) continue;
            Dictionary<string, string>? values = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var p in doc.RootElement.EnumerateObject())
                        values.TryAdd(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.ValueKind == JsonValueKind.Null ? "" : p.Value.GetRawText());
                }
            }
            catch (JsonException ex)
            {
                log.Skipped(entry.Path, $"line {number}, byte {(ex.BytePositionInLine ?? 0) + 1}", "this line is not valid JSON and was skipped.");
                continue;
            }
            if (values is null)
            {
                log.Skipped(entry.Path, $"line {number}", "this line is not a JSON object and was skipped.");
                continue;
            }
            yield return new CsvRows.Row(number, values);
        }
    }

    /// <summary>ISO 8601, "yyyy-MM-dd HH:mm:ss", X's "ddd MMM dd …", or unix seconds/milliseconds.</summary>
    internal static bool TryDate(string? s, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim();
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            if (unix is > 1_000_000_000L and < 4_000_000_000L) { value = DateTimeOffset.FromUnixTimeSeconds(unix); return true; }
            if (unix is > 1_000_000_000_000L and < 4_000_000_000_000L) { value = DateTimeOffset.FromUnixTimeMilliseconds(unix); return true; }
            return false;
        }
        return X.XFormat.TryParseDate(s, out value);
    }
}
