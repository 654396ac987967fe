namespace Preround.Storage.Entities;

// NOTE: rows are plain mutable classes for EF; the Planning records are what the rest of the code sees.
// Enums are stored by name so a reordered enum never silently changes stored meaning.

internal sealed class StrategyRow
{
    public int Id { get; set; }
    public string Goals { get; set; } = "";
    public string Audiences { get; set; } = "";
    public string Lane { get; set; } = "";
    public string Platforms { get; set; } = "";
    public int WeeklyTarget { get; set; }
    public int MinutesPerWeek { get; set; }
    public string Role { get; set; } = "";
    public string Account { get; set; } = "";
    public string? Specialty { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class PlannedPostRow
{
    public long Id { get; set; }
    public string Text { get; set; } = "";
    public string Platform { get; set; } = "";
    public DateTime PlannedAt { get; set; }
    public string Status { get; set; } = "";
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime CheckedAt { get; set; }
    public string Verdict { get; set; } = "";
    public DateTime? FlaggedAt { get; set; }
    public DateTime? HoldUntil { get; set; }
    public string? HoldReason { get; set; }
    public DateTime? StatusChangedAt { get; set; }
    public List<FindingRow> Findings { get; set; } = [];
}

internal sealed class FindingRow
{
    public long Id { get; set; }
    public long PlannedPostId { get; set; }
    public int Ordinal { get; set; }
    public string RuleId { get; set; } = "";
    public string Category { get; set; } = "";
    public string Severity { get; set; } = "";
    public double Confidence { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public string Message { get; set; } = "";
    public string? Suggestion { get; set; }
}

internal sealed class ContactRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Handle { get; set; }
    public string? Platform { get; set; }
    public string? WhereMet { get; set; }
    public DateTime? LastInteraction { get; set; }
    public DateTime? NextFollowUp { get; set; }
    public bool SharedUsefulContent { get; set; }
    public bool Engaged { get; set; }
    public bool MovedToEmailOrMeeting { get; set; }
    public bool KeptInTouch { get; set; }
    public bool Thanked { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class ContactInteractionRow
{
    public long Id { get; set; }
    public long ContactId { get; set; }
    public DateTime At { get; set; }
    public string Note { get; set; } = "";
    public string Source { get; set; } = "";
}
