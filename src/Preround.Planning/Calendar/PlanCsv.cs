using System.Globalization;
using CsvHelper;
using Preround.Core.Domain;
using Preround.Planning.Queue;

namespace Preround.Planning.Calendar;

/// <summary>A CSV row that could not be read: which line, which column, and why.</summary>
public sealed record CsvProblem(int Line, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"line {Line}: {Message}" : $"line {Line}, column '{Column}': {Message}";
}

/// <summary>The plan as CSV (CsvHelper): export with every field; import of planned posts (planned_at, platform, text, note).</summary>
public static class PlanCsv
{
    /// <summary>The most rows one import accepts.</summary>
    public const int MaxRows = 10_000;

    public static readonly IReadOnlyList<string> ExportColumns =
        ["id", "planned_at", "platform", "status", "verdict", "rules", "hold_until", "note", "text"];

    private static CsvWriterOptions WriterOptions => CsvWriterOptions.Default with
    {
        // NOTE: a draft starting with '=', '+', '-' or '@' would run as a formula in a spreadsheet; escape it on export.
        Injection = CsvInjection.Escape,
    };

    private static CsvReaderOptions ReaderOptions => CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = false,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        MaxRecordSize = 4 * Draft.MaxLength,
    };

    public static void Export(IEnumerable<PlannedPost> posts, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, WriterOptions, leaveOpen: true);
        foreach (var column in ExportColumns) csv.WriteField(column);
        csv.EndRecord();
        foreach (var p in posts)
        {
            csv.WriteField(p.Id.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(p.PlannedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            csv.WriteField(p.Platform.Name());
            csv.WriteField(p.Status.ToString().ToLowerInvariant());
            csv.WriteField(p.Verdict.Name());
            csv.WriteField(string.Join(";", p.Findings.Select(f => f.RuleId).Distinct()));
            csv.WriteField(p.HoldUntil?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(p.Note ?? "");
            csv.WriteField(p.Text);
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>
    /// Reads planned posts from CSV with a header row holding <c>planned_at</c>, <c>platform</c> and <c>text</c>
    /// (<c>note</c> optional; other columns, such as those of an export, are ignored). Times without an offset are in
    /// <paramref name="zone"/>. Returns the posts, or every problem found; callers store nothing unless there are none.
    /// </summary>
    public static (IReadOnlyList<NewPlannedPost> Posts, IReadOnlyList<CsvProblem> Problems) Import(TextReader reader, TimeZoneInfo zone)
    {
        var posts = new List<NewPlannedPost>();
        var problems = new List<CsvProblem>();
        try
        {
            using var csv = CsvReader.Create(reader, ReaderOptions, leaveOpen: true);
            var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            if (header.Length == 0 || header.All(h => h.Length == 0))
            {
                return ([], [new CsvProblem(1, null, "the file is empty; expected a header row with planned_at, platform and text")]);
            }

            var missing = new[] { "planned_at", "platform", "text" }.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                return ([], [new CsvProblem(1, null, $"the header lacks {string.Join(", ", missing)}; found {string.Join(", ", header)}")]);
            }

            int at = Array.IndexOf(header, "planned_at"), platform = Array.IndexOf(header, "platform"),
                text = Array.IndexOf(header, "text"), note = Array.IndexOf(header, "note");
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                if (posts.Count + problems.Count >= MaxRows)
                {
                    problems.Add(new CsvProblem(line, null, $"more than {MaxRows:N0} rows; split the file"));
                    break;
                }

                string Field(int i) => i >= 0 && i < csv.FieldCount ? csv.GetString(i) ?? "" : "";
                var rowProblems = problems.Count;
                var whenText = Field(at);
                if (!PlanTime.TryParse(whenText, zone, out var when)) problems.Add(new CsvProblem(line, "planned_at", $"'{Clip(whenText)}' is not a date and time such as 2026-03-04T08:30 or 2026-03-04 08:30+01:00"));
                if (!WireNames.TryParsePlatform(Field(platform), out var p)) problems.Add(new CsvProblem(line, "platform", $"'{Clip(Field(platform))}' is not one of {string.Join(", ", WireNames.PlatformNames)}"));
                var body = Field(text);
                if (string.IsNullOrWhiteSpace(body)) problems.Add(new CsvProblem(line, "text", "empty"));
                else if (body.Length > Draft.MaxLength) problems.Add(new CsvProblem(line, "text", $"{body.Length:N0} characters; at most {Draft.MaxLength:N0}"));
                if (problems.Count == rowProblems) posts.Add(new NewPlannedPost(body, p, when, note >= 0 ? NullIfBlank(Field(note)) : null));
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(new CsvProblem((int)Math.Max(e.LineNumber, e.RecordNumber), null, "not readable as CSV: " + e.Message.Split('\n')[0]));
        }

        return problems.Count > 0 ? ([], problems) : (posts, []);
    }

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static string? NullIfBlank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
