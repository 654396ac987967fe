namespace Preround.Planning.Queue;

/// <summary>A planner request that cannot be carried out as asked; the message says why and what to do.</summary>
public class PlanningException(string message) : Exception(message);

/// <summary>A planned post or contact that does not exist.</summary>
public sealed class NotFoundException(string message) : PlanningException(message);

/// <summary>A draft still in its cooling-off hold was asked to be marked ready.</summary>
public sealed class CoolingOffException(long postId, DateTimeOffset holdUntil, string reason)
    : PlanningException($"Post {postId} is held until {holdUntil.UtcDateTime:yyyy-MM-dd HH:mm} UTC: {reason}")
{
    public long PostId { get; } = postId;
    public DateTimeOffset HoldUntil { get; } = holdUntil;
    public string Reason { get; } = reason;
}

/// <summary>A draft with block findings was asked to be marked ready without the user confirming they read them.</summary>
public sealed class BlockFindingsException(long postId, IReadOnlyList<string> rules)
    : PlanningException($"Post {postId} has findings that block posting as is ({string.Join(", ", rules)}); edit it, or confirm you have read them.")
{
    public long PostId { get; } = postId;
    public IReadOnlyList<string> Rules { get; } = rules;
}
