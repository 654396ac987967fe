using Preround.Core.Domain;
using Preround.Planning.Calendar;
using Preround.Planning.Contacts;
using Preround.Planning.Strategy;
using Preround.Web.Api;

namespace Preround.Web.Plan;

/// <summary>
/// Reads plan fields from the API and the forms alike, one message per bad field saying what is wrong and what is
/// valid; nothing is stored while any field is bad.
/// </summary>
internal sealed class PlanInput(TimeZoneInfo zone)
{
    /// <summary>The draft fields (text, platform, role, account) share the compose API's wording.</summary>
    public DraftInput Draft { get; } = new();

    public bool HasErrors => Draft.HasErrors;

    public IDictionary<string, string[]> Errors => Draft.Errors;

    public void Add(string field, string message) => Errors[field] = Errors.TryGetValue(field, out var old) ? [.. old, message] : [message];

    /// <summary>A draft for the queue: present, not blank, within the checker's limit.</summary>
    public string Text(string? text, string field = "text")
    {
        var value = Draft.Text(text, field);
        if (text is not null && string.IsNullOrWhiteSpace(text)) Add(field, "The draft is empty; write the post text first.");
        return value;
    }

    public Platform? Platform(string? value, string field = "platform") =>
        string.IsNullOrWhiteSpace(value) ? null : Draft.Platform(value.Trim(), field);

    /// <summary>A time as people type it (<c>2026-03-04 08:30</c>, <c>2026-03-04T08:30</c>, with or without offset) in the user's zone.</summary>
    public DateTimeOffset? Time(string? value, string field, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"'{field}' is required: a date and time such as 2026-03-04 08:30.");
            return null;
        }
        if (PlanTime.TryParse(value, zone, out var when)) return when;
        Add(field, $"'{Clip(value)}' is not a date and time such as 2026-03-04 08:30, 2026-03-04T08:30+01:00 or 2026-03-04 (in {zone.Id} unless an offset is given).");
        return null;
    }

    public string? Note(string? value, string field = "note", int max = 2000)
    {
        if (value is { } v && v.Length > max) Add(field, $"The {field.Replace('_', ' ')} is {v.Length:N0} characters; at most {max:N0} are kept.");
        return value;
    }

    public List<T> Many<T>(IEnumerable<string>? values, StrategyParser<T> parse, string field, IEnumerable<string> valid)
    {
        var result = new List<T>();
        foreach (var raw in (values ?? []).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!parse(raw, out var parsed)) Add(field, $"Unknown {field.TrimEnd('s')} '{Clip(raw)}'. Valid: {string.Join(", ", valid)}.");
            else if (!result.Contains(parsed)) result.Add(parsed);
        }
        return result;
    }

    public ContactRole ContactRole(string? value, string field = "role")
    {
        if (string.IsNullOrWhiteSpace(value)) return Planning.Contacts.ContactRole.Peer;
        if (Enum.TryParse<ContactRole>(value.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role) && !char.IsDigit(value.Trim()[0])) return role;
        Add(field, $"Unknown contact role '{Clip(value)}'. Valid: peer, mentor, sponsor, collaborator.");
        return Planning.Contacts.ContactRole.Peer;
    }

    public ContactFlowStep? Step(string? value, string field = "step")
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (ContactJson.TryParseStep(value, out var step)) return step;
        Add(field, $"Unknown step '{Clip(value)}'. Valid: shared, engaged, meeting, kept-in-touch, thanked.");
        return null;
    }

    public int Number(int? value, string field, int min, int max, int? fallback = null)
    {
        if (value is null)
        {
            if (fallback is { } f) return f;
            Add(field, $"'{field}' is required: a whole number from {min} to {max}.");
            return min;
        }
        if (value < min || value > max) Add(field, $"'{field}' must be from {min} to {max}, not {value}.");
        return value.Value;
    }

    /// <summary>A strategy built from the fields, checked with the same rules as <c>plan init</c>.</summary>
    public StrategyProfile? Strategy(StrategyRequest r)
    {
        var goals = Many<Goal>(r.Goals, StrategyWireNames.TryParseGoal, "goals", StrategyWireNames.Goals);
        var audiences = Many<Audience>(r.Audiences, StrategyWireNames.TryParseAudience, "audiences", StrategyWireNames.Audiences);
        var platforms = Many<Platform>(r.Platforms, (string? s, out Platform p) => WireNames.TryParsePlatform(s, out p), "platforms", WireNames.PlatformNames);
        var lane = (r.Lane ?? []).SelectMany(l => (l ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (lane.Any(l => l.Length > 80)) Add("lane", "A lane topic is a short phrase such as 'heart failure' (at most 80 characters).");
        if (lane.Count > 20) Add("lane", $"The lane has {lane.Count} topics; at most 20 are kept (three to five is advised).");
        if (goals.Count == 0 && !Errors.ContainsKey("goals")) Add("goals", $"Choose at least one goal: {string.Join(", ", StrategyWireNames.Goals)}.");
        if (platforms.Count == 0 && !Errors.ContainsKey("platforms")) Add("platforms", $"Choose at least one platform: {string.Join(", ", WireNames.PlatformNames)}.");
        var weekly = Number(r.WeeklyTarget, "weekly_target", 1, StrategyProfile.MaxWeeklyTarget);
        var minutes = Number(r.MinutesPerWeek, "minutes_per_week", 0, 7 * 24 * 60, fallback: 60);
        var role = r.Role is null ? AuthorRole.Unknown : Draft.Role(r.Role);
        var account = Draft.Account(r.Account);
        var specialty = Draft.Specialty(r.Specialty);
        if (HasErrors) return null;
        var profile = new StrategyProfile(goals, audiences, lane, platforms, weekly, minutes, role, account, specialty);
        foreach (var problem in profile.Validate()) Add("strategy", problem);
        return HasErrors ? null : profile;
    }

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

/// <summary>Parses one wire name (goal, audience, platform).</summary>
internal delegate bool StrategyParser<T>(string? s, out T value);
