using System.Text.Json.Serialization;

namespace Preround.Web.Api;

// NOTE: answers are written by the Planning writers the CLI uses (PlannedPostJson, StrategyJson, ContactJson,
// ReviewJsonWriter); these records describe those shapes for the OpenAPI document, and tests hold them to the output.

/// <summary>A finding kept with a queued draft.</summary>
public sealed record QueuedFindingDto(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("length")] int Length,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("suggestion")] string? Suggestion);

/// <summary>A planned post: the object <c>plan show --format json</c> writes. hold_until/hold_reason are set while a cooling-off hold is in force.</summary>
public sealed record PlannedPostDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("planned_at")] DateTimeOffset PlannedAt,
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("findings")] IReadOnlyList<QueuedFindingDto> Findings,
    [property: JsonPropertyName("hold_until")] DateTimeOffset? HoldUntil,
    [property: JsonPropertyName("hold_reason")] string? HoldReason);

/// <summary>The answer of <c>GET /api/plan/calendar</c>.</summary>
public sealed record CalendarDto(
    [property: JsonPropertyName("from")] DateTimeOffset From,
    [property: JsonPropertyName("to")] DateTimeOffset To,
    [property: JsonPropertyName("time_zone")] string TimeZone,
    [property: JsonPropertyName("weekly_target")] int? WeeklyTarget,
    [property: JsonPropertyName("posts")] IReadOnlyList<PlannedPostDto> Posts,
    [property: JsonPropertyName("suggested_slots")] IReadOnlyList<DateTimeOffset> SuggestedSlots);

/// <summary>The answer of <c>GET /api/plan/slots</c>.</summary>
public sealed record SlotsDto(
    [property: JsonPropertyName("weekly_target")] int WeeklyTarget,
    [property: JsonPropertyName("weeks")] int Weeks,
    [property: JsonPropertyName("planned")] int Planned,
    [property: JsonPropertyName("slots")] IReadOnlyList<DateTimeOffset> Slots);

/// <summary>The strategy profile with advice on it.</summary>
public sealed record StrategyDto(
    [property: JsonPropertyName("goals")] IReadOnlyList<string> Goals,
    [property: JsonPropertyName("audiences")] IReadOnlyList<string> Audiences,
    [property: JsonPropertyName("lane")] IReadOnlyList<string> Lane,
    [property: JsonPropertyName("platforms")] IReadOnlyList<string> Platforms,
    [property: JsonPropertyName("weekly_target")] int WeeklyTarget,
    [property: JsonPropertyName("minutes_per_week")] int MinutesPerWeek,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("account")] string Account,
    [property: JsonPropertyName("specialty")] string? Specialty,
    [property: JsonPropertyName("advice")] IReadOnlyList<string> Advice);

/// <summary>The healthy-flow checklist of a contact.</summary>
public sealed record ContactFlowDto(
    [property: JsonPropertyName("shared")] bool Shared,
    [property: JsonPropertyName("engaged")] bool Engaged,
    [property: JsonPropertyName("meeting")] bool Meeting,
    [property: JsonPropertyName("kept-in-touch")] bool KeptInTouch,
    [property: JsonPropertyName("thanked")] bool Thanked);

/// <summary>A networking contact.</summary>
public sealed record ContactDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("handle")] string? Handle,
    [property: JsonPropertyName("platform")] string? Platform,
    [property: JsonPropertyName("where_met")] string? WhereMet,
    [property: JsonPropertyName("last_interaction")] DateTimeOffset? LastInteraction,
    [property: JsonPropertyName("next_follow_up")] DateTimeOffset? NextFollowUp,
    [property: JsonPropertyName("due")] bool Due,
    [property: JsonPropertyName("flow")] ContactFlowDto Flow,
    [property: JsonPropertyName("next_step")] string? NextStep,
    [property: JsonPropertyName("notes")] string? Notes);

/// <summary>The answer of <c>POST /api/plan/review</c>: the object <c>plan review --format json</c> prints (main keys; the detail behind them follows).</summary>
public sealed record ReviewDto(
    [property: JsonPropertyName("as_of")] DateTimeOffset AsOf,
    [property: JsonPropertyName("total_posts")] int TotalPosts,
    [property: JsonPropertyName("weekly_counts")] IReadOnlyList<WeeklyCountDto> WeeklyCounts,
    [property: JsonPropertyName("promotional_share")] double PromotionalShare,
    [property: JsonPropertyName("near_duplicate_groups")] IReadOnlyList<IReadOnlyList<string>> NearDuplicateGroups,
    [property: JsonPropertyName("reply_targets")] IReadOnlyList<AccountShareDto> ReplyTargets,
    [property: JsonPropertyName("actions")] IReadOnlyList<string> Actions);

/// <summary>Posts in one ISO week.</summary>
public sealed record WeeklyCountDto(
    [property: JsonPropertyName("week")] string Week,
    [property: JsonPropertyName("posts")] int Posts,
    [property: JsonPropertyName("replies")] int Replies,
    [property: JsonPropertyName("reposts")] int Reposts);

/// <summary>An account's share of the user's replies.</summary>
public sealed record AccountShareDto(
    [property: JsonPropertyName("account")] string Account,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("share")] double Share);
