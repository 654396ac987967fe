using Preround.Core.Domain;

namespace Preround.Audit.Reports;

/// <summary>Calm, distinguishable colours for categories and severities (checked against a white background).</summary>
internal static class Palette
{
    public const string Block = "#b42318";
    public const string Warn = "#b54708";
    public const string Info = "#475467";
    public const string Ok = "#067647";

    private static readonly string[] Colors =
    [
        "#0e7490", "#7c3aed", "#c2410c", "#15803d", "#be185d", "#1d4ed8", "#a16207", "#0f766e",
        "#9333ea", "#b91c1c", "#4d7c0f", "#0369a1", "#86198f", "#92400e", "#334155", "#0891b2",
    ];

    public static string For(string category)
    {
        var index = -1;
        for (var i = 0; i < RuleCategories.All.Count; i++)
            if (RuleCategories.All[i] == category) index = i;
        if (index < 0) index = (int)((uint)StringComparer.Ordinal.GetHashCode(category) % Colors.Length);
        return Colors[index % Colors.Length];
    }

    public static string For(Severity severity) => severity switch { Severity.Block => Block, Severity.Warn => Warn, _ => Info };

    public static string For(Verdict verdict) => verdict switch { Verdict.Block => Block, Verdict.Warn => Warn, _ => Ok };
}
