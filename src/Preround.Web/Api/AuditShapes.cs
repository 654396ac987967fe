using Preround.Audit.Reports;
using Preround.Core.Domain;
using Preround.Web.Audit;

namespace Preround.Web.Api;

/// <summary>The answer of <c>POST /api/audit</c> and <c>GET /api/audit/{id}</c> (snake_case on the wire).</summary>
public sealed record AuditStatus(
    string Id,
    string State,
    string File,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    AuditProgress Progress,
    string? Error,
    AuditResult? Result,
    AuditLinks Links);

/// <summary>Posts read and checked so far; <c>total</c> is known once the archive has been counted.</summary>
public sealed record AuditProgress(int Read, int Checked, int? Total);

/// <summary>The headline figures of a finished audit; the reports hold everything else.</summary>
public sealed record AuditResult(
    int TotalPosts,
    int FlaggedPosts,
    int BlockPosts,
    int WarnPosts,
    int DeletedPosts,
    IReadOnlyList<string> Formats,
    IReadOnlyList<AuditCategory> Categories,
    DateTimeOffset? FirstPostAt,
    DateTimeOffset? LastPostAt,
    int Notes);

/// <summary>Posts flagged in one category.</summary>
public sealed record AuditCategory(string Category, string Label, int Posts, int BlockPosts);

/// <summary>Where to read the status and fetch the reports.</summary>
public sealed record AuditLinks(string Self, string? Html, string? Json, string? Csv);

internal static class AuditShapes
{
    public static AuditStatus Status(AuditJob job)
    {
        var self = $"/api/audit/{job.Id}";
        var done = job.State == AuditState.Done;
        var result = job.Report is { } r && done ? Result(r) : null;
        return new AuditStatus(job.Id, State(job.State), job.FileName, job.Author.Role.Name(), job.CreatedAt, job.FinishedAt,
            new AuditProgress(job.Read, job.Checked, job.Total), job.Error, result,
            new AuditLinks(self, done ? self + "/report.html" : null, done ? self + "/report.json" : null, done ? self + "/report.csv" : null));
    }

    public static string State(AuditState state) => state switch
    {
        AuditState.Reading => "reading",
        AuditState.Checking => "checking",
        AuditState.Done => "done",
        AuditState.Failed => "failed",
        _ => "canceled",
    };

    private static AuditResult Result(AuditReport report)
    {
        var s = report.Summary;
        return new AuditResult(s.TotalPosts, s.FlaggedPosts, s.Verdicts.GetValueOrDefault(Verdict.Block), s.Verdicts.GetValueOrDefault(Verdict.Warn), s.DeletedPosts,
            report.Context.Formats, s.Categories.Select(c => new AuditCategory(c.Category, c.Label, c.Posts, c.BlockPosts)).ToList(),
            s.FirstPostAt, s.LastPostAt, report.Context.Notes.Count);
    }

    /// <summary>The report in one format, with its content type and download name.</summary>
    public static (CompressedText Text, string ContentType, string DownloadName)? Report(AuditReport report, string format)
    {
        var stem = "preround-audit-" + Path.GetFileNameWithoutExtension(report.Context.Source);
        return format switch
        {
            "html" => (report.Html, "text/html; charset=utf-8", stem + ".html"),
            "json" => (report.Json, "application/json; charset=utf-8", stem + ".json"),
            "csv" => (report.Csv, "text/csv; charset=utf-8", stem + ".csv"),
            _ => null,
        };
    }
}
