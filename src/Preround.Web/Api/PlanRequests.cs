using System.ComponentModel;

namespace Preround.Web.Api;

/// <summary>Body of <c>POST /api/plan/queue</c>: a draft to queue (the CLI's <c>plan add</c>).</summary>
public sealed record QueueAddRequest
{
    [Description("The draft (at most 100,000 characters).")]
    public string? Text { get; init; }

    [Description("Where it will be posted; the strategy's first platform when left out.")]
    public string? Platform { get; init; }

    [Description("When to post: 2026-03-04 08:30 in the app's time zone, or with an offset (2026-03-04T08:30+01:00).")]
    public string? PlannedAt { get; init; }

    [Description("A private note kept with the draft.")]
    public string? Note { get; init; }
}

/// <summary>Body of <c>PATCH /api/plan/queue/{id}</c>: fields to change (the CLI's <c>plan edit</c>); new text is checked again.</summary>
public sealed record QueueEditRequest
{
    [Description("New draft text.")]
    public string? Text { get; init; }

    [Description("New platform.")]
    public string? Platform { get; init; }

    [Description("New planned time.")]
    public string? PlannedAt { get; init; }

    [Description("New note; an empty string clears it.")]
    public string? Note { get; init; }
}

/// <summary>Optional body of <c>POST /api/plan/queue/{id}/ready</c>.</summary>
public sealed record ReadyRequest
{
    [Description("Mark ready although the check found block findings (the user has read them).")]
    public bool? AcceptFindings { get; init; }
}

/// <summary>Optional body of <c>POST /api/plan/queue/{id}/done</c>.</summary>
public sealed record DoneRequest
{
    [Description("When it went out (default: now).")]
    public string? PostedAt { get; init; }
}

/// <summary>Body of <c>PUT /api/plan/strategy</c> (the CLI's <c>plan init</c>).</summary>
public sealed record StrategyRequest
{
    [Description("Goals, most important first: patient-education, networking, advocacy, research, practice-growth.")]
    public IReadOnlyList<string>? Goals { get; init; }

    [Description("Audiences: patients-children, patients-18-39, patients-40-64, patients-65-plus, peers, trainees, public.")]
    public IReadOnlyList<string>? Audiences { get; init; }

    [Description("Topics you post about (your lane), e.g. \"heart failure\".")]
    public IReadOnlyList<string>? Lane { get; init; }

    [Description("Platforms (one or two to start).")]
    public IReadOnlyList<string>? Platforms { get; init; }

    [Description("Posts a week you aim for (1-21).")]
    public int? WeeklyTarget { get; init; }

    [Description("Minutes a week you can give it (default 60).")]
    public int? MinutesPerWeek { get; init; }

    [Description("Your role: ms1-ms4, resident, fellow, attending, nurse, np, pa, pharmacist, other, unknown.")]
    public string? Role { get; init; }

    [Description("professional (default) or personal.")]
    public string? Account { get; init; }

    [Description("Your specialty, e.g. cardiology.")]
    public string? Specialty { get; init; }
}

/// <summary>Body of <c>POST /api/contacts</c> (the CLI's <c>contacts add</c>).</summary>
public sealed record ContactRequest
{
    [Description("Their name.")]
    public string? Name { get; init; }

    [Description("peer (default), mentor, sponsor or collaborator.")]
    public string? Role { get; init; }

    [Description("Their handle (the @ is optional), to find your interactions in archives.")]
    public string? Handle { get; init; }

    [Description("Where the handle is.")]
    public string? Platform { get; init; }

    [Description("Where you met.")]
    public string? WhereMet { get; init; }

    [Description("When to follow up (default: by role, 2 to 13 weeks).")]
    public string? NextFollowUp { get; init; }

    [Description("Notes.")]
    public string? Notes { get; init; }
}

/// <summary>Body of <c>POST /api/contacts/{id}/touch</c> (the CLI's <c>contacts touch</c>).</summary>
public sealed record TouchRequest
{
    [Description("What happened.")]
    public string? Note { get; init; }

    [Description("Tick a checklist step: shared, engaged, meeting, kept-in-touch, thanked.")]
    public string? Step { get; init; }

    [Description("Next follow-up (default: by role).")]
    public string? NextFollowUp { get; init; }
}
