using Preround.Core.Domain;
using Preround.Core.Engine;

namespace Preround.Testing;

/// <summary>Runs one rule over marked text and checks that it flags exactly the marked spans.</summary>
public static class RuleTester
{
    /// <summary>Findings of <paramref name="rule"/> alone on <paramref name="text"/>.</summary>
    public static IReadOnlyList<Finding> Run(Rule rule, string text, AuthorRole role = AuthorRole.Unknown, Platform platform = Platform.X, AccountType account = AccountType.Professional, DraftContext context = DraftContext.Post)
    {
        var analyzer = new AnalyzerBuilder().AddRule(rule).Build();
        return analyzer.Check(new Draft(text, new AuthorProfile(role, null, account), platform, context)).Findings;
    }

    /// <summary>Asserts the rule reports nothing (warn, block or info) on the text.</summary>
    public static void AssertValid(Rule rule, string text, AuthorRole role = AuthorRole.Unknown, Platform platform = Platform.X, AccountType account = AccountType.Professional, DraftContext context = DraftContext.Post)
    {
        var findings = Run(rule, text, role, platform, account, context);
        if (findings.Count > 0)
        {
            throw new RuleTestException($"{rule.Descriptor.Id} should not flag \"{text}\" but flagged {Describe(findings)}");
        }
    }

    /// <summary>Asserts the rule flags exactly the spans marked with <c>[|…|]</c>, and nothing else.</summary>
    public static IReadOnlyList<Finding> AssertInvalid(Rule rule, string marked, AuthorRole role = AuthorRole.Unknown, Platform platform = Platform.X, AccountType account = AccountType.Professional, DraftContext context = DraftContext.Post)
    {
        var m = MarkedText.Parse(marked);
        if (m.Spans.Count == 0) throw new RuleTestException($"invalid example has no [|…|] marker: {marked}");
        var findings = Run(rule, m.Text, role, platform, account, context);
        var expected = m.Spans.Select(s => s.Span).ToHashSet();
        var actual = findings.Select(f => f.Span).ToHashSet();
        if (!expected.SetEquals(actual))
        {
            throw new RuleTestException($"{rule.Descriptor.Id} on \"{m.Text}\": expected {string.Join(", ", expected.Select(s => Quote(m.Text, s)))}; got {Describe(findings)}");
        }
        return findings;
    }

    private static string Quote(string text, TextSpan s) => $"'{text.Substring(s.Start, s.Length)}'{s}";

    private static string Describe(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "nothing" : string.Join(", ", findings.Select(f => $"{f.RuleId} '{f.Match}'{f.Span} ({f.Severity})"));
}

/// <summary>A rule test expectation that was not met.</summary>
public sealed class RuleTestException(string message) : Exception(message);
