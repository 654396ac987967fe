using System.Buffers;
using System.Text.RegularExpressions;

namespace Preround.Privacy.Analysis;

/// <summary>
/// A person met in a care setting without any care word: "the chap with the tattoo is back", "Toddler swallowed a
/// battery ... came to us in the ED", "Young lad, early 20s, motorbike vs lamppost". The setting (a ward, theatre, the
/// ED, a cot, handover) and a recent time in the same draft imply the encounter.
/// </summary>
// NOTE: gated on a setting word AND a recent-time word in the draft (both cheap substring checks), so drafts that
// are not stories from a shift never run the person pattern.
internal static partial class ImpliedEncounter
{
    private static readonly SearchValues<string> SettingLiterals = SearchValues.Create(
    [
        " ed ", " ed.", " ed,", "a&e", "resus", "theatre", "picu", "nicu", "ward", " cot ", "trauma team", "handover",
        "urgent care", "fast track", "triage", "brought him in", "brought her in", "on call", "night shift", "on shift",
        "our pharmacy", "the pharmacy", "dispensed", "script for", "labour ward", "delivery suite", "majors", "cubicle",
    ], StringComparison.Ordinal);

    private static readonly SearchValues<string> TimeLiterals = SearchValues.Create(
    [
        "today", "tonight", "yesterday", "last night", "this morning", "this afternoon", "this evening", "this week",
        "weekend", "midnight", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "is back",
        "again", "this month", "am ", "pm ", "4am", "3am", "2am",
    ], StringComparison.Ordinal);

    /// <summary>A person referred to the way shift stories do, determiner optional at a sentence start.</summary>
    [GeneratedRegex(@"(?:\b(?:the|this|that|a|an|one|our|same)\s+|(?:^|[.!?:]\s+))(?:(?:young|elderly|old|little|poor|lovely|sweet|local|wee)\s+)?(?:chap|gent|gentleman|lad|lass|bloke|fella|feller|vicar|cyclist|motorcyclist|biker|dj|toddler|little one|young (?:woman|man)|teen|teenager|kiddo|regular|customer|old dear|old boy|old girl|singer|footballer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Person();

    /// <summary>Normalised spans of persons whose encounter the setting implies.</summary>
    public static List<(int Start, int Length)> Find(string n)
    {
        var found = new List<(int, int)>();
        if (!n.AsSpan().ContainsAny(SettingLiterals) || !n.AsSpan().ContainsAny(TimeLiterals)) return found;
        foreach (var m in Person().EnumerateMatches(n)) found.Add((m.Index, m.Length));
        return found;
    }
}
