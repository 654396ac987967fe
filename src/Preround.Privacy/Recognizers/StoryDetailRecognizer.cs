using System.Text.RegularExpressions;
using Preround.Core.Text;
using Preround.Privacy.Analysis;

namespace Preround.Privacy.Recognizers;

/// <summary>Finds the weak details of a patient story: age, timing, condition, rarity, news, occupation, family, facility.</summary>
internal static class StoryDetailRecognizer
{
    public static void Find(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        var n = text.Normalized;
        foreach (var m in ContextPatterns.AgeShorthand().EnumerateMatches(n))
        {
            if (!PatientContext.IsStoryAge(n, m.Index, m.Length) || Covered(text, into, m.Index, m.Length)) continue;
            IdentifierRecognizer.Add(text, ctx, into, DetailKind.Age, m.Index, m.Length, 0.85, practiceLowers: false);
        }
        Each(text, ctx, into, StoryPatterns.StatedAge(), DetailKind.Age, 0.75);
        Each(text, ctx, into, StoryPatterns.AgeBand(), DetailKind.Age, 0.5);
        foreach (var m in StoryPatterns.BareAge().EnumerateMatches(n))
        {
            // ", 45," means an age only inside a patient story.
            if (ctx.IsPatientTied(text, m.Index) && !Covered(text, into, m.Index, m.Length)) IdentifierRecognizer.Add(text, ctx, into, DetailKind.Age, m.Index, m.Length, 0.6, practiceLowers: false);
        }
        Each(text, ctx, into, IdentifierPatterns.RecentTime(), DetailKind.RecentTime, 0.7);
        Each(text, ctx, into, ClinicalPatterns.RareDisease(), DetailKind.RareCondition, 0.85);
        Each(text, ctx, into, ClinicalPatterns.RareMarker(), DetailKind.RareCondition, 0.7);
        Each(text, ctx, into, ClinicalPatterns.Condition(), DetailKind.Condition, 0.6);
        foreach (var m in ClinicalPatterns.NewsEvent().EnumerateMatches(n))
        {
            // "when I was drowning", "drowning in charts", "a flood of pages": the author's workload, not an event.
            if (Figurative(n, m.Index, m.Length) || Covered(text, into, m.Index, m.Length)) continue;
            IdentifierRecognizer.Add(text, ctx, into, DetailKind.NewsEvent, m.Index, m.Length, 0.75, practiceLowers: false);
        }
        if (ClinicalPatterns.MayHaveFeature(n)) Each(text, ctx, into, ClinicalPatterns.Feature(), DetailKind.Feature, 0.75);
        // An occupation tied to a workplace ("the head chef of the new sushi place") locates the person like a town does.
        Each(text, ctx, into, ClinicalPatterns.WorkplaceOccupation(), DetailKind.Occupation, 0.8);
        Each(text, ctx, into, ClinicalPatterns.Occupation(), DetailKind.Occupation, 0.65);
        Each(text, ctx, into, ClinicalPatterns.Relationship(), DetailKind.Relationship, 0.5);
        if (MayBeRoad(n)) Each(text, ctx, into, IdentifierPatterns.RoadOrCounty(), DetailKind.Place, 0.75);
        Each(text, ctx, into, IdentifierPatterns.Unit(), DetailKind.Facility, 0.6);
        if (MayBeFacility(n)) Facilities(text, ctx, into);
    }

    // NOTE: the two gates below are implied by their patterns (each branch needs a digit, one of these words, or the
    // literal); both patterns otherwise try a match at every word of the draft.
    private static readonly string[] RoadWords =
    [
        "county", "street", "st", "avenue", "ave", "boulevard", "blvd", "road", "rd", "drive", "dr", "lane", "ln", "parkway", "pkwy", "highway", "bridge", "park", "mall", "school",
    ];

    private static readonly string[] FacilityWords =
    [
        "st", "saint", "mount", "mt", "general", "memorial", "regional", "community", "county", "children", "university", "medical", "hospital", "health", "infirmary", "clinic",
        "middle", "high", "elementary",
    ];

    private static bool MayBeRoad(string n) =>
        n.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || Gates.HasAnyWord(n, RoadWords)
        || n.Contains("from our ", StringComparison.Ordinal) || n.Contains("from my ", StringComparison.Ordinal) || n.Contains("from her ", StringComparison.Ordinal) || n.Contains("from his ", StringComparison.Ordinal);

    private static bool MayBeFacility(string n) => Gates.HasAnyWord(n, FacilityWords) || n.Contains("-bed", StringComparison.Ordinal);

    private static bool Figurative(string n, int index, int length)
    {
        var before = n.AsSpan(Math.Max(0, index - 24), index - Math.Max(0, index - 24));
        var after = n.AsSpan(index + length);
        return StoryPatterns.FirstPersonBefore().IsMatch(before) || StoryPatterns.FigurativeAfter().IsMatch(after);
    }

    private static void Each(AnalyzedText text, PatientContext ctx, List<Detail> into, Regex regex, DetailKind kind, double confidence)
    {
        foreach (var m in regex.EnumerateMatches(text.Normalized))
        {
            if (Covered(text, into, m.Index, m.Length)) continue;
            IdentifierRecognizer.Add(text, ctx, into, kind, m.Index, m.Length, confidence, practiceLowers: false);
        }
    }

    private static void Facilities(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        foreach (var m in IdentifierPatterns.Facility().EnumerateMatches(text.Normalized))
        {
            var raw = text.Original.AsSpan(text.ToOriginal(m.Index, m.Length).Start);
            // A named facility is written with capitals ("St. Mary's", "Mercy General"); "our 12-bed" is the exception.
            var named = char.IsUpper(raw[0]) && !StartsWithDeterminer(raw);
            var small = text.Normalized.AsSpan(m.Index).StartsWith("our ");
            if (!named && !small) continue;
            if (Covered(text, into, m.Index, m.Length)) continue;
            IdentifierRecognizer.Add(text, ctx, into, DetailKind.Facility, m.Index, m.Length, small ? 0.6 : 0.8, practiceLowers: true);
        }
    }

    private static bool StartsWithDeterminer(ReadOnlySpan<char> s) =>
        s.StartsWith("The ") || s.StartsWith("Our ") || s.StartsWith("My ") || s.StartsWith("This ") || s.StartsWith("A ") || s.StartsWith("Any ") || s.StartsWith("Every ");

    private static bool Covered(AnalyzedText text, List<Detail> found, int index, int length)
    {
        var span = text.ToOriginal(index, length);
        foreach (var d in found) if (d.Span.Overlaps(span)) return true;
        return false;
    }
}
