using Preround.Core.Domain;

namespace Preround.Planning.Strategy;

/// <summary>What the user wants from posting and what they can give it: the yardstick for the queue and the review.</summary>
/// <param name="Goals">Why they post, most important first.</param>
/// <param name="Audiences">Who they write for.</param>
/// <param name="Lane">The topics they post about (their lane), as short phrases such as <c>heart failure</c>.</param>
/// <param name="Platforms">Where they post; one or two is advised to start.</param>
/// <param name="WeeklyTarget">How many posts a week they aim for.</param>
/// <param name="MinutesPerWeek">Time available each week for writing, replying and networking.</param>
/// <param name="Role">Professional role, used when queued drafts are checked.</param>
/// <param name="Account">Professional or personal account.</param>
/// <param name="Specialty">Optional specialty, used when queued drafts are checked.</param>
public sealed record StrategyProfile(
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<Audience> Audiences,
    IReadOnlyList<string> Lane,
    IReadOnlyList<Platform> Platforms,
    int WeeklyTarget,
    int MinutesPerWeek,
    AuthorRole Role,
    AccountType Account,
    string? Specialty = null)
{
    /// <summary>The most posts a week the planner accepts as a target; more is a feed, not a presence.</summary>
    public const int MaxWeeklyTarget = 21;

    /// <summary>The author profile queued drafts are checked as.</summary>
    public AuthorProfile Author => new(Role, Specialty, Account);

    /// <summary>The main goal, used to phrase actions when nothing more specific applies.</summary>
    public Goal PrimaryGoal => Goals.Count > 0 ? Goals[0] : Goal.ProfessionalNetworking;

    /// <summary>Problems that make the profile unusable, in plain words; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Goals.Count == 0) errors.Add("choose at least one goal");
        if (Platforms.Count == 0) errors.Add("choose at least one platform");
        if (WeeklyTarget is < 1 or > MaxWeeklyTarget) errors.Add($"weekly target must be between 1 and {MaxWeeklyTarget} posts, not {WeeklyTarget}");
        if (MinutesPerWeek is < 0 or > 7 * 24 * 60) errors.Add($"minutes per week must be between 0 and {7 * 24 * 60}, not {MinutesPerWeek}");
        if (Lane.Any(string.IsNullOrWhiteSpace)) errors.Add("lane topics must not be empty");
        if (Goals.Distinct().Count() != Goals.Count) errors.Add("each goal may be listed once");
        return errors;
    }
}
