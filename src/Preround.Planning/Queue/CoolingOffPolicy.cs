using Preround.Core.Domain;

namespace Preround.Planning.Queue;

/// <summary>
/// Sleep on it: a draft flagged for venting, a personal attack, partisan combat or career oversharing cannot be marked
/// ready until a number of hours (12 by default) after it was first flagged.
/// </summary>
public sealed class CoolingOffPolicy
{
    /// <summary>The categories that start a hold.</summary>
    public static IReadOnlySet<string> DefaultCategories { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        RuleCategories.Venting, RuleCategories.PersonalAttack, RuleCategories.PartisanCombat, RuleCategories.CareerOversharing,
    };

    /// <summary>The default hold: one night.</summary>
    public static TimeSpan DefaultDuration { get; } = TimeSpan.FromHours(12);

    public CoolingOffPolicy(TimeSpan? duration = null, IEnumerable<string>? categories = null)
    {
        Duration = duration ?? DefaultDuration;
        if (Duration < TimeSpan.Zero || Duration > TimeSpan.FromDays(14))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), Duration, "cooling-off must be between 0 and 14 days");
        }

        Categories = categories is null ? DefaultCategories : new HashSet<string>(categories, StringComparer.Ordinal);
    }

    public TimeSpan Duration { get; }

    public IReadOnlySet<string> Categories { get; }

    /// <summary>The findings that start a hold: warn or block findings in a cooling-off category.</summary>
    // NOTE: info findings do not hold a draft: they are hints, and a hold on a hint teaches people to ignore holds.
    public IReadOnlyList<QueuedFinding> Triggers(IEnumerable<QueuedFinding> findings) =>
        findings.Where(f => f.Severity >= Severity.Warn && Categories.Contains(f.Category)).ToList();

    /// <summary>
    /// The hold for a draft whose current findings are <paramref name="findings"/>; <paramref name="flaggedAt"/> is when
    /// it was first flagged. Returns null when nothing triggers a hold.
    /// </summary>
    public (DateTimeOffset Until, string Reason)? Hold(IReadOnlyList<QueuedFinding> findings, DateTimeOffset flaggedAt)
    {
        var triggers = Triggers(findings);
        if (triggers.Count == 0 || Duration == TimeSpan.Zero) return null;
        var categories = triggers.Select(t => t.Category.Replace('_', ' ')).Distinct().ToList();
        var hours = Duration.TotalHours;
        var reason = $"flagged for {Join(categories)} ({string.Join("; ", triggers.Select(t => $"{t.RuleId}: {t.Message.TrimEnd('.')}").Distinct())}); " +
                     $"drafts like this wait {hours:0.#} hours before they can be marked ready: sleep on it, then reread it as a patient or colleague would.";
        return (flaggedAt + Duration, reason);
    }

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
