using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Text;

namespace Preround.Core.Policy;

/// <summary>A rule compiled from a YAML pack: regular expressions built once, matched against each draft.</summary>
public sealed class DataRule : Rule
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);
    private readonly Regex? _match;
    private readonly Regex? _first;
    private readonly Regex? _second;
    private readonly Regex[] _signals;
    private readonly Regex? _unless;

    /// <param name="definition">The validated definition.</param>
    /// <param name="trusted">Built-in packs compile to fast backtracking code; organisation packs run non-backtracking (or with a timeout where they need lookarounds) so a bad pattern cannot hang a check.</param>
    /// <param name="compiled">For trusted packs: compile to IL (faster per draft, slower to start).</param>
    public DataRule(DataRuleDefinition definition, bool trusted = false, bool compiled = true)
    {
        Definition = definition;
        Descriptor = new RuleDescriptor(definition.Id, definition.Title, definition.Message, definition.Category, definition.Severity, definition.Rationale, definition.Suggestion is not null)
        {
            DefaultSuggestion = definition.Suggestion,
        };
        _match = Compile(definition.Match, trusted, compiled);
        _first = Compile(definition.NearFirst, trusted, compiled);
        _second = Compile(definition.NearSecond, trusted, compiled);
        _signals = definition.Signals.Select(s => Compile(s, trusted, compiled)!).ToArray();
        _unless = Compile(definition.Unless, trusted, compiled);
    }

    /// <summary>The YAML definition this rule was built from (for its examples and source).</summary>
    public DataRuleDefinition Definition { get; }

    public override RuleDescriptor Descriptor { get; }

    public override void Analyze(RuleContext context)
    {
        if (!Definition.When.AppliesTo(context.Draft)) return;
        var t = context.Text;
        var text = Definition.Deobfuscate ? t.Deobfuscated : t.Normalized;
        switch (Definition.Kind)
        {
            case DataRuleKind.Existence:
            case DataRuleKind.Pattern:
                foreach (var span in Lexicon.Spans(_match!, text))
                {
                    if (Accept(t, text, span)) context.ReportNormalized(span, Definition.Confidence);
                }
                break;
            case DataRuleKind.Proximity:
                foreach (var a in Lexicon.Spans(_first!, text))
                {
                    if (!Accept(t, text, a)) continue;
                    var b = Nearest(t, text, a);
                    if (b is null) continue;
                    var start = Math.Min(a.Start, b.Value.Start);
                    var end = Math.Max(a.End, b.Value.End);
                    context.ReportNormalized(TextSpan.FromBounds(start, end), Definition.Confidence);
                }
                break;
            case DataRuleKind.Cooccurrence:
                foreach (var a in Lexicon.Spans(_signals[0], text))
                {
                    if (!Accept(t, text, a)) continue;
                    var scope = Definition.SentenceScope ? t.SentenceSpanAt(a.Start) : new TextSpan(0, text.Length);
                    if (_signals.Skip(1).All(s => AnyIn(s, text, scope)))
                    {
                        context.ReportNormalized(a, Definition.Confidence);
                        break;
                    }
                }
                break;
        }
    }

    private bool Accept(AnalyzedText t, string text, TextSpan span)
    {
        if (Definition.SkipNegated && Negation.IsNegated(t, span.Start)) return false;
        if (_unless is null) return true;
        var scope = Definition.SentenceScope ? t.SentenceSpanAt(span.Start) : new TextSpan(0, text.Length);
        return !AnyIn(_unless, text, scope);
    }

    private TextSpan? Nearest(AnalyzedText t, string text, TextSpan a)
    {
        var aFirst = t.TokenAt(a.Start);
        var aLast = t.TokenAt(Math.Max(a.Start, a.End - 1));
        foreach (var b in Lexicon.Spans(_second!, text))
        {
            var bFirst = t.TokenAt(b.Start);
            var bLast = t.TokenAt(Math.Max(b.Start, b.End - 1));
            var distance = bFirst > aLast ? bFirst - aLast : aFirst > bLast ? aFirst - bLast : 0;
            if (distance <= Definition.Within) return b;
        }
        return null;
    }

    private static bool AnyIn(Regex regex, string text, TextSpan scope)
    {
        foreach (var s in Lexicon.Spans(regex, text))
        {
            if (s.Start >= scope.Start && s.Start < scope.End) return true;
            if (s.Start >= scope.End) break;
        }
        return false;
    }

    private static Regex? Compile(SignalDefinition? signal, bool trusted, bool compiled)
    {
        if (signal is null) return null;
        if (signal.Pattern is null) return Lexicon.Compile(signal.Terms, nonBacktracking: !trusted, compiled: compiled);
        var options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
        if (trusted) return new Regex(signal.Pattern, compiled ? options | RegexOptions.Compiled : options);
        try
        {
            return new Regex(signal.Pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // NOTE: lookarounds and backreferences need the backtracking engine; bound it with a timeout.
            return new Regex(signal.Pattern, options, Timeout);
        }
    }
}
