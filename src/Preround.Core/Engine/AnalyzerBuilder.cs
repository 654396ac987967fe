namespace Preround.Core.Engine;

/// <summary>Collects rules and a policy, then builds an immutable <see cref="Analyzer"/>.</summary>
/// <remarks>Adding a rule whose id is already present replaces it, so an organisation pack can override a built-in data rule.</remarks>
public sealed class AnalyzerBuilder
{
    private readonly List<Rule> _rules = [];
    private readonly HashSet<string> _extensions = new(StringComparer.Ordinal);
    private RulePolicy _policy = RulePolicy.Default;

    /// <summary>Adds or replaces a rule by id.</summary>
    public AnalyzerBuilder AddRule(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var existing = _rules.FindIndex(r => string.Equals(r.Descriptor.Id, rule.Descriptor.Id, StringComparison.OrdinalIgnoreCase));
        if (existing >= 0) _rules[existing] = rule;
        else _rules.Add(rule);
        return this;
    }

    /// <summary>Adds or replaces several rules.</summary>
    public AnalyzerBuilder AddRules(IEnumerable<Rule> rules)
    {
        foreach (var r in rules) AddRule(r);
        return this;
    }

    /// <summary>Overlays a policy on the one in force (later settings win).</summary>
    public AnalyzerBuilder UsePolicy(RulePolicy policy)
    {
        _policy = _policy.Merge(policy);
        return this;
    }

    /// <summary>Runs an extension's setup once, however many times it is asked for by name.</summary>
    public AnalyzerBuilder UseOnce(string name, Action<AnalyzerBuilder> setup)
    {
        if (_extensions.Add(name)) setup(this);
        return this;
    }

    /// <summary>The rules added so far.</summary>
    public IReadOnlyList<Rule> Rules => _rules;

    /// <summary>Builds the immutable analyzer.</summary>
    public Analyzer Build() => new([.. _rules], _policy);
}
