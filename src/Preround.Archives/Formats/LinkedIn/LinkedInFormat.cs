using System.Globalization;
using System.Text;
using Preround.Archives.Model;
using Preround.Archives.Sources;
using Preround.Core.Domain;

namespace Preround.Archives.Formats.LinkedIn;

/// <summary>LinkedIn "Get a copy of your data": <c>Shares.csv</c> (posts) and <c>Comments.csv</c>.</summary>
internal sealed class LinkedInFormat : ArchiveFormat
{
    private static readonly string[] ShareColumns = ["Date", "ShareLink", "ShareCommentary"];
    private static readonly string[] CommentColumns = ["Date", "Link", "Message"];

    public override string Name => "linkedin";

    public override Platform Platform => Platform.LinkedIn;

    public override bool Recognises(ArchiveSource source) => ShareFiles(source).Any() || CommentFiles(source).Any();

    // NOTE: a single CSV is recognised by its columns whatever its name; inside an export, by name and columns.
    private static IEnumerable<ArchiveEntry> ShareFiles(ArchiveSource source) =>
        source.Entries.Where(e => (e.Name == "shares.csv" || source.Entries.Count == 1) && HasColumns(e, ShareColumns));

    private static IEnumerable<ArchiveEntry> CommentFiles(ArchiveSource source) =>
        source.Entries.Where(e => (e.Name == "comments.csv" || source.Entries.Count == 1) && HasColumns(e, CommentColumns));

    private static bool HasColumns(ArchiveEntry entry, string[] columns) =>
        entry.Name.EndsWith(".csv", StringComparison.Ordinal) && CsvRows.Header(entry) is { } header &&
        columns.All(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));

    public override ImportedProfile? ReadProfile(ArchiveSource source, ImportLog log)
    {
        var entry = source.Named("profile.csv").FirstOrDefault();
        if (entry is null) return null;
        var row = CsvRows.Read(entry, log).FirstOrDefault();
        if (row is null) return null;
        var first = row["First Name"];
        var last = row["Last Name"];
        return new ImportedProfile
        {
            Platform = Platform.LinkedIn,
            DisplayName = string.Join(' ', new[] { first, last }.OfType<string>()) is { Length: > 0 } name ? name : null,
            Bio = string.Join("\n\n", new[] { row["Headline"], row["Summary"] }.OfType<string>()) is { Length: > 0 } bio ? Clean(bio) : null,
            Location = row["Geo Location"],
            Website = row["Websites"],
        };
    }

    public override IEnumerable<ImportedPost> ReadPosts(ArchiveSource source, ImportLog log)
    {
        foreach (var entry in ShareFiles(source))
        {
            var undated = 0;
            foreach (var row in CsvRows.Read(entry, log))
            {
                if (!TryDate(row["Date"], out var when)) { undated++; continue; }
                var link = row["ShareLink"];
                var text = Clean(row["ShareCommentary"] ?? "");
                var shared = row["SharedUrl"];
                yield return new ImportedPost
                {
                    Id = Urn(link) ?? $"{entry.Path}#{row.Number}",
                    Platform = Platform.LinkedIn,
                    CreatedAt = when,
                    Kind = text.Length == 0 && shared is not null ? PostKind.Repost : PostKind.Original,
                    Text = text,
                    Url = link,
                    RepostOf = text.Length == 0 ? shared : null,
                    Links = shared is null ? [] : [shared],
                    Media = row["MediaUrl"] is { } media ? [new MediaItem("other", media)] : [],
                    Visibility = row["Visibility"]?.ToUpperInvariant() switch
                    {
                        "PUBLIC" => PostVisibility.Public,
                        "MEMBER_NETWORK" or "CONNECTIONS" or "CONNECTIONS_ONLY" => PostVisibility.Followers,
                        _ => PostVisibility.Unknown,
                    },
                    SourceFile = entry.Path,
                };
            }
            if (undated > 0) log.Skipped(entry.Path, null, $"{undated:N0} rows had no readable Date and were skipped.", undated);
        }
        foreach (var entry in CommentFiles(source))
        {
            foreach (var row in CsvRows.Read(entry, log))
            {
                if (!TryDate(row["Date"], out var when)) continue;
                yield return new ImportedPost
                {
                    Id = $"{Urn(row["Link"]) ?? entry.Path}#comment-{row.Number}",
                    Platform = Platform.LinkedIn,
                    CreatedAt = when,
                    Kind = PostKind.Reply,
                    Text = Clean(row["Message"] ?? ""),
                    Url = row["Link"],
                    InReplyToId = Urn(row["Link"]),
                    SourceFile = entry.Path,
                };
            }
        }
    }

    /// <summary>Undoes the per-paragraph quoting quirk and folds styled "math bold" letters to plain ones (NFKC).</summary>
    // NOTE: after RFC 4180 unquoting, each paragraph of a multi-line post is still wrapped in literal quotes:
    // the first line ends with ", middle lines are "…", the last starts with " (FORMATS.md 6.6).
    internal static string Clean(string value)
    {
        var lines = value.Replace("\r\n", "\n").Split('\n');
        if (lines.Length > 1)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (i > 0 && line.StartsWith('"')) line = line[1..];
                if (i < lines.Length - 1 && line.EndsWith('"')) line = line[..^1];
                lines[i] = line;
            }
        }
        return string.Join('\n', lines).Normalize(NormalizationForm.FormKC).Trim();
    }

    private static string? Urn(string? link)
    {
        if (link is null) return null;
        var at = link.IndexOf("urn%3A", StringComparison.OrdinalIgnoreCase);
        if (at < 0) at = link.IndexOf("urn:", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : Uri.UnescapeDataString(link[at..].TrimEnd('/'));
    }

    private static bool TryDate(string? s, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value) ||
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
