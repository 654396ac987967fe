using Preround.Core.Engine;
using Preround.Core.Policy;

namespace Preround.Web.Tests.Support;

/// <summary>
/// A small, known rule set so that web tests do not depend on which built-in rules have landed: one privacy rule that
/// blocks an age with a suggested replacement, and one venting rule that warns.
/// </summary>
internal static class TestRules
{
    public const string Pack = """
        rules:
          - id: Test.PatientAge
            title: Age of a patient
            category: privacy
            severity: block
            pattern: '\b\d{2} ?(?:yo|year-old)\b'
            message: "'{match}' with a condition may identify a patient; consider 'a patient'."
            rationale: An exact age next to a condition narrows the patient down for neighbours and family.
            suggestion: a patient
            examples:
              valid: ["A patient with chest pain"]
              invalid: ["[|54yo|] with chest pain"]
          - id: Test.Venting
            title: Venting about patients
            category: venting
            severity: warn
            terms: [frequent flyer]
            message: "'{match}' reads as venting about a patient; consider leaving it out."
            rationale: Patients read clinicians' posts; labels like this erode trust.
            suggestion: returning patient
            examples:
              valid: ["A returning patient"]
              invalid: ["Our [|frequent flyer|] is back"]
        """;

    private static readonly Lazy<Analyzer> Shared = new(() => new AnalyzerBuilder().AddRules(CreateRules()).Build());

    /// <summary>New instances of the test rules, to build a checker with more rules.</summary>
    public static IEnumerable<Rule> CreateRules() => RulePackLoader.Parse(Pack, "test-pack.yaml").Select(d => (Rule)new DataRule(d));

    public static Analyzer Analyzer => Shared.Value;

    /// <summary>A draft that trips both rules: a block and a warn.</summary>
    public const string RiskyDraft = "Our frequent flyer is back: 54yo with chest pain again tonight.";
}
