using Preround.Core.Domain;
using Preround.Core.Text;

namespace Preround.Core.Engine;

/// <summary>Everything a rule sees about one draft, and where it reports. One per check; not shared across threads.</summary>
public sealed class RuleContext
{
    private readonly List<Finding> _findings;
    private readonly RulePolicy _policy;
    private Dictionary<object, object>? _shared;

    internal RuleContext(Draft draft, AnalyzedText text, RulePolicy policy, List<Finding> findings)
    {
        Draft = draft;
        Text = text;
        _policy = policy;
        _findings = findings;
    }

    /// <summary>The draft under check.</summary>
    public Draft Draft { get; }

    /// <summary>The draft's text, normalised and tokenised once for all rules.</summary>
    public AnalyzedText Text { get; }

    /// <summary>Role, specialty and account type of the author.</summary>
    public AuthorProfile Author => Draft.Author;

    /// <summary>The rule currently running; set by the engine.</summary>
    internal RuleDescriptor? Current { get; set; }

    /// <summary>Findings reported so far in this check, by any rule (rules that run later may consult earlier ones).</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>
    /// Whether a rule that ran earlier in this check already reported <paramref name="category"/> at
    /// <paramref name="atLeast"/> or above; rules that only add a second opinion on a category use it to stay quiet.
    /// </summary>
    public bool HasReported(string category, Severity atLeast = Severity.Info)
    {
        foreach (var f in _findings)
        {
            if (string.Equals(f.Category, category, StringComparison.Ordinal) && f.Severity >= atLeast) return true;
        }
        return false;
    }

    /// <summary>
    /// Per-draft cache so that several rules can share one expensive analysis (say, the privacy signals).
    /// The factory runs at most once per draft for a key.
    /// </summary>
    public T Shared<T>(object key, Func<RuleContext, T> factory) where T : notnull
    {
        _shared ??= new Dictionary<object, object>();
        if (_shared.TryGetValue(key, out var value)) return (T)value;
        var created = factory(this);
        _shared[key] = created;
        return created;
    }

    /// <summary>Reports a finding at a span of the original draft (UTF-16 code units).</summary>
    /// <param name="span">Where, in the original draft.</param>
    /// <param name="confidence">0 to 1: how likely the match is right.</param>
    /// <param name="suggestion">Concrete replacement text or safer rewrite; the descriptor's default when null.</param>
    /// <param name="severity">A severity other than the descriptor's default, when context changes the impact.</param>
    /// <param name="args">Values for the message's named placeholders beyond <c>{match}</c>.</param>
    /// <param name="replacement">Text that may replace exactly <paramref name="span"/>.</param>
    public void Report(
        TextSpan span,
        double confidence = 0.8,
        string? suggestion = null,
        Severity? severity = null,
        IReadOnlyList<KeyValuePair<string, string>>? args = null,
        string? replacement = null)
    {
        var d = Current ?? throw new InvalidOperationException("Report called outside a rule.");
        var start = Math.Clamp(span.Start, 0, Draft.Text.Length);
        var length = Math.Clamp(span.Length, 0, Draft.Text.Length - start);
        var match = Draft.Text.Substring(start, length);
        var resolved = _policy.SeverityFor(d) ?? severity ?? d.DefaultSeverity;
        _findings.Add(new Finding(
            d.Id,
            d.Category,
            resolved,
            Math.Clamp(confidence, 0, 1),
            new TextSpan(start, length),
            match,
            MessageTemplate.Format(d.MessageFormat, match, args),
            d.Rationale,
            suggestion ?? d.DefaultSuggestion)
        {
            Replacement = replacement,
            HelpUri = d.HelpUri,
        });
    }

    /// <summary>Reports a finding at a span of the normalised text; it is mapped back to the original.</summary>
    public void ReportNormalized(
        TextSpan normalizedSpan,
        double confidence = 0.8,
        string? suggestion = null,
        Severity? severity = null,
        IReadOnlyList<KeyValuePair<string, string>>? args = null,
        string? replacement = null) =>
        Report(Text.ToOriginal(normalizedSpan), confidence, suggestion, severity, args, replacement);
}
