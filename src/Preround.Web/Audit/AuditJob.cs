using Preround.Audit;
using Preround.Audit.Reports;
using Preround.Core.Domain;

namespace Preround.Web.Audit;

/// <summary>Where an audit job is.</summary>
internal enum AuditState { Reading, Checking, Done, Failed, Canceled }

/// <summary>
/// One archive audit running in the background: its progress while it runs, its report once done. Lives in memory
/// only; the upload itself is deleted as soon as the posts have been read.
/// </summary>
internal sealed class AuditJob(string id, string fileName, AuthorProfile author, DateTimeOffset createdAt) : IDisposable
{
    private int _read;
    private int _checked;
    private int _total = -1;
    private volatile AuditState _state = AuditState.Reading;

    public string Id { get; } = id;

    /// <summary>The uploaded file's name as the user's browser gave it (shown in the report; never a path on this machine).</summary>
    public string FileName { get; } = fileName;

    public AuthorProfile Author { get; } = author;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset? FinishedAt { get; private set; }

    public AuditState State => _state;

    public bool IsRunning => _state is AuditState.Reading or AuditState.Checking;

    /// <summary>Posts read from the archive so far (the counting pass, then the checking pass).</summary>
    public int Read => Volatile.Read(ref _read);

    /// <summary>Posts checked so far.</summary>
    public int Checked => Volatile.Read(ref _checked);

    /// <summary>How many posts the archive holds, once the counting pass is over.</summary>
    public int? Total => Volatile.Read(ref _total) is var t && t >= 0 ? t : null;

    /// <summary>Why the audit failed, for the user: what and where.</summary>
    public string? Error { get; private set; }

    public AuditReport? Report { get; private set; }

    public CancellationTokenSource Cancellation { get; } = new();

    public void CountRead() => Interlocked.Increment(ref _read);

    public void StartChecking(int total)
    {
        Volatile.Write(ref _total, total);
        Volatile.Write(ref _read, 0);
        _state = AuditState.Checking;
    }

    public void SetChecked(int count) => Volatile.Write(ref _checked, count);

    public void Complete(AuditReport report, DateTimeOffset at)
    {
        if (_state == AuditState.Canceled) return;
        Report = report;
        FinishedAt = at;
        _state = AuditState.Done;
    }

    public void Fail(string error, DateTimeOffset at)
    {
        if (_state == AuditState.Canceled) return;
        Error = error;
        FinishedAt = at;
        _state = AuditState.Failed;
    }

    public void Cancel(DateTimeOffset at)
    {
        if (!IsRunning) return;
        FinishedAt = at;
        _state = AuditState.Canceled;
        Cancellation.Cancel();
    }

    public void Dispose() => Cancellation.Dispose();
}

/// <summary>A finished audit: the summary and context for the page, and the three report files, compressed in memory.</summary>
internal sealed record AuditReport(AuditSummary Summary, ReportContext Context, CompressedText Html, CompressedText Json, CompressedText Csv);
