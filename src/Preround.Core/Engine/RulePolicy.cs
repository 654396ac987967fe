using Preround.Core.Domain;

namespace Preround.Core.Engine;

/// <summary>How an organisation or user re-grades or disables rules, by rule id or by category.</summary>
public sealed record RuleSetting(bool Enabled = true, Severity? Severity = null);

/// <summary>Rule settings keyed by rule id or category name; a rule id setting wins over its category's.</summary>
public sealed class RulePolicy
{
    private readonly Dictionary<string, RuleSetting> _settings;

    public RulePolicy(IReadOnlyDictionary<string, RuleSetting>? settings = null)
    {
        _settings = settings is null
            ? new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, RuleSetting>(settings, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>No overrides.</summary>
    public static RulePolicy Default { get; } = new();

    /// <summary>The settings as given, for display.</summary>
    public IReadOnlyDictionary<string, RuleSetting> Settings => _settings;

    /// <summary>A new policy with this policy's settings overlaid by <paramref name="other"/>'s.</summary>
    public RulePolicy Merge(RulePolicy other)
    {
        var merged = new Dictionary<string, RuleSetting>(_settings, StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in other._settings) merged[k] = v;
        return new RulePolicy(merged);
    }

    public bool IsEnabled(RuleDescriptor rule) => Lookup(rule)?.Enabled ?? true;

    public Severity? SeverityFor(RuleDescriptor rule) => Lookup(rule)?.Severity;

    private RuleSetting? Lookup(RuleDescriptor rule)
    {
        if (_settings.Count == 0) return null;
        if (_settings.TryGetValue(rule.Id, out var byId)) return byId;
        return _settings.TryGetValue(rule.Category, out var byCategory) ? byCategory : null;
    }
}
