using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Text;

namespace Preround.Core.Engine;

/// <summary>
/// The checker: an immutable, thread-safe set of rules and a policy. Build it once with
/// <see cref="AnalyzerBuilder"/> and call <see cref="Check"/> from any number of threads.
/// </summary>
public sealed class Analyzer
{
    private readonly Rule[] _rules;

    internal Analyzer(Rule[] rules, RulePolicy policy)
    {
        _rules = rules;
        Policy = policy;
        Rules = Array.AsReadOnly(Array.ConvertAll(rules, r => r.Descriptor));
    }

    /// <summary>Every rule's descriptor, in run order (disabled rules included).</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The overrides in force.</summary>
    public RulePolicy Policy { get; }

    /// <summary>Checks one draft.</summary>
    /// <exception cref="DraftRejectedException">The draft is longer than <see cref="Draft.MaxLength"/>.</exception>
    public CheckResult Check(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Text.Length > Draft.MaxLength)
        {
            throw new DraftRejectedException($"The draft is {draft.Text.Length:N0} characters; the checker accepts at most {Draft.MaxLength:N0}. Split it or check it in parts.");
        }
        if (draft.Text.Length == 0) return new CheckResult(draft, []);

        var text = TextAnalyzer.Analyze(draft.Text);
        var findings = new List<Finding>();
        var context = new RuleContext(draft, text, Policy, findings);
        List<string>? failed = null;
        foreach (var rule in _rules)
        {
            if (!Policy.IsEnabled(rule.Descriptor)) continue;
            context.Current = rule.Descriptor;
            try
            {
                rule.Analyze(context);
            }
            catch (RegexMatchTimeoutException)
            {
                // NOTE: an organisation pattern that runs too long is skipped for this draft rather than
                // hanging the check; the pack loader already prefers non-backtracking patterns.
                (failed ??= []).Add(rule.Descriptor.Id);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
            {
                // NOTE: one rule's defect on one draft must not sink the check, or a batch or an audit of thousands of
                // posts with it. The rule is skipped and named in the result, so the output says the check is partial;
                // the exception's message is not kept, since it may quote the draft.
                (failed ??= []).Add(rule.Descriptor.Id);
            }
        }
        return new CheckResult(draft, FindingMerger.Merge(findings)) { FailedRules = failed ?? (IReadOnlyList<string>)[] };
    }
}

/// <summary>The draft cannot be checked as given (too long); the message says why and what to do.</summary>
public sealed class DraftRejectedException(string message) : Exception(message);
