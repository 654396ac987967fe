using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Platforms.Spelling;

namespace Preround.Platforms.Rules;

/// <summary>
/// Words neither Hunspell's en_US dictionary nor the medical word lists know, with Hunspell's suggestions. Where
/// Hunspell or the dictionary is missing the rule reports nothing and <see cref="SpellChecker.Problem"/> says why
/// (the CLI prints it once).
/// </summary>
public sealed class MisspellingRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PlatformRuleIds.Misspelling,
        "Possible misspelling",
        "'{match}' may be misspelled{suggestions}.",
        RuleCategories.Spelling,
        Severity.Info,
        "A misspelled drug or diagnosis in a public post makes readers doubt the rest of it; patients and colleagues judge care by small signs.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var text = context.Draft.Text;
        if (text.Length == 0) return;
        // NOTE: Hunspell loads here, on the first draft that has words, not when the analyzer is built.
        var speller = SpellChecker.Shared;
        if (!speller.Available) return;
        foreach (var word in SpellingWords.Find(text, Skipped(context)))
        {
            var suggestions = word.NeedsStraightening ? speller.Check(word.Value) : speller.Check(word.Span);
            if (suggestions is null) continue;
            var shown = suggestions.Length == 0 ? "" : " (did you mean " + string.Join(", ", suggestions.Select(s => $"'{s}'")) + "?)";
            context.Report(
                new TextSpan(word.Start, word.Length),
                confidence: 0.5,
                suggestion: suggestions.Length > 0 ? $"'{suggestions[0]}'" : "Check the spelling.",
                args: [new("suggestions", shown)],
                replacement: suggestions.Length > 0 ? suggestions[0] : null);
        }
    }

    private static List<(int Start, int End)> Skipped(RuleContext context)
    {
        var entities = PostEntities.Of(context);
        var skip = new List<(int, int)>(entities.Urls.Count + entities.Hashtags.Count + entities.Mentions.Count);
        foreach (var u in entities.Urls) skip.Add((u.Start, u.End));
        foreach (var h in entities.Hashtags) skip.Add((h.Start, h.End));
        skip.AddRange(entities.Mentions);
        skip.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return skip;
    }
}
