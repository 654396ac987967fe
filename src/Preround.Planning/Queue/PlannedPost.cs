using Preround.Core.Domain;

namespace Preround.Planning.Queue;

/// <summary>Where a planned post stands.</summary>
public enum PlannedPostStatus
{
    /// <summary>In the queue, not yet approved for posting.</summary>
    Queued,

    /// <summary>Approved: checked, past any cooling-off hold, ready to post at its time.</summary>
    Ready,

    /// <summary>Posted.</summary>
    Done,

    /// <summary>Given up; kept so the history stays honest.</summary>
    Dropped,
}

/// <summary>A finding kept with a queued draft, as the checker reported it when the draft was last checked.</summary>
/// <param name="Start">UTF-16 offset into the draft text.</param>
/// <param name="Length">UTF-16 length.</param>
public sealed record QueuedFinding(
    string RuleId,
    string Category,
    Severity Severity,
    double Confidence,
    int Start,
    int Length,
    string Message,
    string? Suggestion)
{
    /// <summary>Keeps what the queue needs from a checker finding.</summary>
    public static QueuedFinding From(Finding f) =>
        new(f.RuleId, f.Category, f.Severity, f.Confidence, f.Span.Start, f.Span.Length, f.Message, f.Suggestion);
}

/// <summary>A draft on the calendar: what, where, when, how it checked and whether it is held back.</summary>
public sealed record PlannedPost
{
    /// <summary>Store-assigned number, shown to the user (<c>plan show 3</c>); 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The draft text.</summary>
    public required string Text { get; init; }

    /// <summary>Where it will be posted.</summary>
    public required Platform Platform { get; init; }

    /// <summary>When it is planned to go out (UTC).</summary>
    public required DateTimeOffset PlannedAt { get; init; }

    public PlannedPostStatus Status { get; init; } = PlannedPostStatus.Queued;

    /// <summary>A private note: the idea behind it, a link to check, who to tag.</summary>
    public string? Note { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the text was last checked.</summary>
    public DateTimeOffset CheckedAt { get; init; }

    /// <summary>The checker's verdict on the current text.</summary>
    public Verdict Verdict { get; init; }

    /// <summary>The checker's findings on the current text.</summary>
    public IReadOnlyList<QueuedFinding> Findings { get; init; } = [];

    /// <summary>When a cooling-off category was first flagged on this draft; null when none is flagged now.</summary>
    public DateTimeOffset? FlaggedAt { get; init; }

    /// <summary>The draft cannot be marked ready before this time; null when there is no hold.</summary>
    public DateTimeOffset? HoldUntil { get; init; }

    /// <summary>Why the draft is held, in plain words; null when there is no hold.</summary>
    public string? HoldReason { get; init; }

    /// <summary>When it was marked ready, posted or dropped, whichever happened last.</summary>
    public DateTimeOffset? StatusChangedAt { get; init; }

    /// <summary>True while a cooling-off hold is in force at <paramref name="now"/>.</summary>
    public bool IsHeld(DateTimeOffset now) => HoldUntil is { } until && until > now;
}
