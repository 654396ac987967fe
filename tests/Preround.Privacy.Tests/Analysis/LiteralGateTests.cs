using System.Text.Json;
using System.Text.RegularExpressions;
using Preround.Core.Text;
using Preround.Privacy.Analysis;
using Preround.Testing;

namespace Preround.Privacy.Tests.Analysis;

/// <summary>
/// The cheap literal gates in front of the patient-context patterns are necessary conditions: wherever a pattern
/// matches, its gate lets the draft through. A gate that missed a branch would silently drop anchors.
/// </summary>
public sealed class LiteralGateTests
{
    // One phrase per alternative of EncounterPhrase, EncounterPerson and PatientAnchor, plus every corpus post.
    private static readonly string[] BranchExamples =
    [
        "she was in triage for hours", "in our trauma bay last night", "on our unit tonight", "in the trauma bay again",
        "the twins delivered on our floor", "came into the ed", "the guy rolled in at 3am", "brought in by ems", "coded on the floor",
        "we intubated him", "we lost her", "we scoped him", "had to call cps", "our team just operated on a toddler", "i finally stitched up the kid",
        "we consulted on a case", "i rounded on him", "we separated the twins", "we removed a nail", "we resected it", "we transplanted a kidney",
        "we repaired the valve", "we reattached the finger", "we amputated", "i cared for her", "i took care of him", "we looked after them",
        "i filled a script", "i dispensed it", "long night. scrubbed in on a whipple", "honoured to have treated him", "we had one in the icu",
        "guess who we saw", "arrived on the unit", "dispensed the last vial to a teen", "i saw a kid with", "we had this sweet patient",
        "four hours in our waiting room", "our 12-bed l&d", "just admitted another", "we resuscitated him", "pronounced at 4",
        "the lady in bed 3 asked me", "a man came in", "my patient today", "pt came in", "patient in bed 4", "discharge day!",
        "the frequent flyer again", "maria's chemo", "from my clinic", "during her mri", "we treated him", "i sutured it",
    ];

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var e in BranchExamples) data.Add(e);
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Valid_EveryBranchExamplePassesItsGate(string text) => AssertGatesHold(TextAnalyzer.Analyze(text).Normalized);

    [Fact]
    public void Valid_EveryCorpusPostPassesTheGatesWhereThePatternsMatch()
    {
        var checkedPosts = 0;
        foreach (var file in Directory.GetFiles(RepoPaths.InRepo("corpus"), "*.jsonl"))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var doc = JsonDocument.Parse(line);
                if (!doc.RootElement.TryGetProperty("text", out var t) || t.GetString() is not { } text) continue;
                AssertGatesHold(TextAnalyzer.Analyze(text).Normalized);
                checkedPosts++;
            }
        }
        Assert.True(checkedPosts > 500, $"only {checkedPosts} corpus posts found");
    }

    [Fact]
    public void Invalid_PlainTextWithoutAnyLiteralIsGatedOut()
    {
        var n = TextAnalyzer.Analyze("Great keynote on sleep science, slides are linked below.").Normalized;
        Assert.False(ContextPatterns.MayBeEncounterPhrase(n));
        Assert.False(ContextPatterns.MayBeEncounterPerson(n));
    }

    private static void AssertGatesHold(string n)
    {
        Check(n, ContextPatterns.EncounterPhrase(), ContextPatterns.MayBeEncounterPhrase(n), nameof(ContextPatterns.EncounterPhrase));
        Check(n, ContextPatterns.EncounterPerson(), ContextPatterns.MayBeEncounterPerson(n), nameof(ContextPatterns.EncounterPerson));
        Check(n, ContextPatterns.PatientAnchor(), ContextPatterns.MayAnchorPatient(n), nameof(ContextPatterns.PatientAnchor));
    }

    private static void Check(string n, Regex pattern, bool gate, string name)
    {
        if (pattern.IsMatch(n)) Assert.True(gate, $"{name} matches '{pattern.Match(n).Value}' in \"{n}\" but its gate says it cannot");
    }
}
