using Preround.Core.Domain;
using Preround.Core.Evaluation;
using Preround.Privacy.Redaction;
using Preround.Testing;
using Xunit.Abstractions;

namespace Preround.Privacy.Tests.Redaction;

/// <summary>After `preround redact`, the privacy findings of each corpus post are gone or reduced to the stated residual risk.</summary>
public sealed class CorpusRedactionTests(ITestOutputHelper output)
{
    // Rules a text rewrite cannot satisfy by design: the redactor keeps the clinical meaning (a rare diagnosis, a
    // news event), cannot edit a picture, and cannot make a reply to a review or a disclosure about an acquaintance safe
    // by deleting words. Their findings must then be stated as residual risk.
    private static readonly HashSet<string> StatedResidual = new(StringComparer.Ordinal)
    {
        PrivacyRuleIds.NewsworthyCase, PrivacyRuleIds.ReviewReplyDisclosure, PrivacyRuleIds.KnownPersonAsPatient,
        PrivacyRuleIds.PatientMessageScreenshot, PrivacyRuleIds.PhotoIdentifier, PrivacyRuleIds.ClinicalPhoto,
        PrivacyRuleIds.ExamContent, PrivacyRuleIds.InternalDocument, PrivacyRuleIds.ColleagueConfidential,
    };

    [Theory]
    [InlineData("privacy.jsonl")]
    [InlineData("privacy-blind.jsonl")]
    [InlineData("privacy-spans.jsonl")]
    public void RedactionRemovesIdentifiersAndStatesWhatRemains(string file)
    {
        var posts = LabelledPost.ParseLines(File.ReadLines(RepoPaths.InRepo("corpus", file)), file)
            .Where(p => p.Labels.Contains(RuleCategories.Privacy)).ToList();
        var cleared = 0;
        var failures = new List<string>();
        foreach (var post in posts)
        {
            var result = VerifiedRedaction.Run(post.ToDraft(), PrivacyRules.Analyzer);
            if (result.Clear) cleared++;
            foreach (var f in result.After.Where(f => f.Severity != Severity.Info))
            {
                var stated = StatedResidual.Contains(f.RuleId)
                    || (f.RuleId == PrivacyRuleIds.ReidentificationRisk && result.Redaction.Residual.Any(n => n.Contains("rare", StringComparison.Ordinal) || n.Contains("news", StringComparison.Ordinal) || n.Contains("occupation", StringComparison.Ordinal)));
                if (!stated) failures.Add($"{post.Id}: {f.RuleId} '{f.Match}' after redaction: {result.Redaction.Text}");
                Assert.Contains(result.Redaction.Residual, n => n.Contains(f.RuleId, StringComparison.Ordinal) || f.RuleId == PrivacyRuleIds.ReidentificationRisk);
            }
        }
        Assert.NotEmpty(posts);
        output.WriteLine($"{file}: {posts.Count} privacy posts; {cleared} fully cleared by the rewrite; {failures.Count} unexplained findings left");
        foreach (var f in failures) output.WriteLine(f);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
