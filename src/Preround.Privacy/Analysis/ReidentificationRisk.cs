namespace Preround.Privacy.Analysis;

/// <summary>How identifiable a patient is from the weak details a draft ties to them, and which details combine.</summary>
/// <param name="Score">Sum of the details' weights; one of each kind counts.</param>
/// <param name="Level">None, Low (worth a look), or High (identifiable to family, colleagues or neighbours).</param>
/// <param name="Elements">The combining details, strongest first.</param>
public sealed record ReidentificationRisk(double Score, RiskLevel Level, IReadOnlyList<Detail> Elements)
{
    /// <summary>Score at which the combination is identifiable.</summary>
    public const double HighThreshold = 1.5;

    /// <summary>Score at which the combination is worth reconsidering.</summary>
    public const double LowThreshold = 1.5;

    /// <summary>"age + diagnosis + town + same day".</summary>
    public string Describe() => string.Join(" + ", Elements.Select(e => e.Kind.Label()).Distinct());

    /// <summary>How much one detail narrows who the patient is, with the others.</summary>
    public static double Weight(DetailKind kind) => kind switch
    {
        DetailKind.Age => 1.0,
        DetailKind.Place => 1.5,
        DetailKind.Facility => 1.0,
        DetailKind.RoomOrBed => 1.5,
        DetailKind.RecentTime => 1.0,
        DetailKind.Date => 1.5,
        DetailKind.Occupation => 1.0,
        DetailKind.Condition => 0.5,
        DetailKind.RareCondition => 1.5,
        DetailKind.NewsEvent => 1.5,
        DetailKind.Relationship => 0.5,
        DetailKind.Sex => 0.25,
        DetailKind.Feature => 1.5,
        _ => 2.0,
    };

    internal static ReidentificationRisk Assess(PatientContext context, IReadOnlyList<Detail> details)
    {
        if (!context.HasPatient) return new ReidentificationRisk(0, RiskLevel.None, []);
        var best = new Dictionary<DetailKind, Detail>();
        foreach (var d in details)
        {
            if (!d.PatientTied || d.Kind.IsDirect() || d.Kind == DetailKind.Handle) continue;
            // NOTE: when the only patient is the one who asked ("a patient asked me today whether statins cause
            // dementia"), the condition is the topic of the answer, not the patient's diagnosis.
            if (context.OnlyAsking && d.Kind is DetailKind.Condition or DetailKind.RareCondition) continue;
            if (!best.TryGetValue(d.Kind, out var existing) || d.Confidence > existing.Confidence) best[d.Kind] = d;
        }
        // NOTE: a rare diagnosis already says "diagnosis"; count it once.
        if (best.ContainsKey(DetailKind.RareCondition)) best.Remove(DetailKind.Condition);
        var score = 0.0;
        // NOTE: an age already generalised to a band ("40-something") narrows much less than "47 yo".
        foreach (var (k, d) in best) score += k == DetailKind.Age && d.Confidence < 0.6 ? 0.5 : Weight(k);
        // NOTE: one locating detail (a bed, a town, a named hospital, a news event, a date) is enough with a patient;
        // otherwise two kinds of detail must combine. Same-day timing or a diagnosis alone stays quiet.
        var locating = false;
        foreach (var k in best.Keys) locating |= k is DetailKind.RoomOrBed or DetailKind.Place or DetailKind.NewsEvent or DetailKind.Date or DetailKind.Feature
            || (k == DetailKind.Occupation && best[k].Confidence >= 0.8) || (k == DetailKind.Facility && best[k].Confidence >= 0.8);
        var level = locating || (best.Count >= 2 && score >= HighThreshold) ? RiskLevel.High
            : (best.TryGetValue(DetailKind.Age, out var age) && age.Confidence >= 0.6) || best.ContainsKey(DetailKind.Occupation) || best.ContainsKey(DetailKind.RareCondition) ? RiskLevel.Low
            : RiskLevel.None;
        var elements = best.Values.OrderByDescending(d => Weight(d.Kind)).ThenBy(d => d.Span.Start).ToList();
        return new ReidentificationRisk(score, level, elements);
    }
}

/// <summary>Re-identification risk levels.</summary>
public enum RiskLevel
{
    /// <summary>Nothing ties enough detail to a patient.</summary>
    None,
    /// <summary>Some detail; reconsider.</summary>
    Low,
    /// <summary>Identifiable to someone who knows the patient.</summary>
    High,
}
