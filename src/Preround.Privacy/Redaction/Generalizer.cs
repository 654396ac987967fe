using System.Globalization;
using Preround.Privacy.Analysis;

namespace Preround.Privacy.Redaction;

/// <summary>What each kind of detail becomes in the safer rewrite: generalised where it can be, removed where it cannot.</summary>
public static class Generalizer
{
    /// <summary>The replacement for one detail; an empty string removes it (with the preposition before it, when it has one).</summary>
    public static string Replacement(Detail detail)
    {
        var t = detail.Text;
        return detail.Kind switch
        {
            DetailKind.Age => AgeBand(t),
            DetailKind.AgeOver89 => "over 89",
            DetailKind.RecentTime => "recently",
            DetailKind.Date => "recently",
            DetailKind.Place => "our region",
            DetailKind.Facility => t.StartsWith("our", StringComparison.OrdinalIgnoreCase) ? "our" : "our hospital",
            DetailKind.Occupation => "patient",
            DetailKind.NewsEvent => NewsWord(t),
            DetailKind.Condition or DetailKind.RareCondition or DetailKind.Sex or DetailKind.Relationship => t,
            _ => "",
        };
    }

    /// <summary>"47 yo" → "in their 40s"-style bands: "40-something", "young child", "teenage", "infant".</summary>
    public static string AgeBand(string age)
    {
        var digits = 0;
        var i = 0;
        while (i < age.Length && !char.IsAsciiDigit(age[i])) i++;
        var start = i;
        while (i < age.Length && char.IsAsciiDigit(age[i])) i++;
        if (i == start || !int.TryParse(age.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out digits)) return "adult";
        var rest = age[i..].Trim().ToLowerInvariant();
        var sex = rest is "f" or "yof" or "yowf" ? " woman" : rest is "m" or "yom" or "yowm" ? " man" : "";
        if (rest.StartsWith("mo", StringComparison.Ordinal) || rest.Contains("month") || rest.Contains("week") || rest.Contains("day") || rest.StartsWith("wk", StringComparison.Ordinal)) return "infant";
        if (digits > 89) return "over-89";
        if (digits < 2) return "infant";
        if (digits < 10) return "young child";
        if (digits < 18) return sex.Length > 0 ? "teenage" + (sex == " woman" ? " girl" : " boy") : "teenage";
        if (digits < 20) return "young adult" + sex.Replace(" woman", "").Replace(" man", "");
        return $"{digits / 10 * 10}-something{sex}";
    }

    private static string NewsWord(string t)
    {
        var l = t.ToLowerInvariant();
        if (l.Contains("crash") || l.Contains("pile") || l.Contains("wreck") || l.Contains("collision") || l.Contains("rollover") || l.Contains("strike") || l.Contains("derail")) return "accident";
        if (l.Contains("shoot") || l.Contains("stab")) return "violent injury";
        if (l.Contains("fire") || l.Contains("explosion")) return "fire";
        return "someone";
    }
}
