using Preround.Core.Engine;
using Preround.Privacy.Analysis;

namespace Preround.Privacy.Redaction;

/// <summary>The redactor's rewrite as the suggestion on privacy findings, computed once per draft.</summary>
internal static class PrivacySuggestion
{
    private static readonly object Key = new();

    /// <summary>"Consider: "…rewrite…" — then what stays risky.</summary>
    public static string For(RuleContext context) => context.Shared(Key, static c =>
    {
        var result = Redactor.Redact(c.Text, PrivacyAnalysis.Of(c), c.Draft.Context);
        var parts = new List<string>(2);
        if (result.Changed) parts.Add($"Consider: \"{result.Text}\"");
        parts.AddRange(result.Residual);
        if (parts.Count == 0) parts.Add("Remove the details that tie this to one patient, or use a composite case posted weeks later.");
        return string.Join(" ", parts);
    });
}
