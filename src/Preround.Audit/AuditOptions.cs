using Preround.Core.Domain;

namespace Preround.Audit;

/// <summary>Who the author is and how to run the audit.</summary>
public sealed record AuditOptions
{
    /// <summary>The author's role and account type: every post is checked as if this person wrote it today.</summary>
    public AuthorProfile Author { get; init; } = AuthorProfile.Unknown;

    /// <summary>How many posts are checked at once (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Posts read ahead and checked together; bounds memory while keeping every core busy.</summary>
    public int BatchSize { get; init; } = 1024;

    /// <summary>How many of the riskiest posts the summary keeps for the report.</summary>
    public int RiskiestKept { get; init; } = 100;

    /// <summary>Also check reposts (retweets, boosts). On by default: sharing a post is read as agreeing with it.</summary>
    public bool CheckReposts { get; init; } = true;
}
