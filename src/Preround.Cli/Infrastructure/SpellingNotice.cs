using Preround.Platforms.Spelling;

namespace Preround.Cli.Infrastructure;

/// <summary>Says once, on standard error, that spelling was not checked because Hunspell or its dictionary is missing.</summary>
internal static class SpellingNotice
{
    public static void WriteIfUnavailable(TextWriter error)
    {
        // NOTE: only when the spelling rule actually ran (it loads the checker on first use); a policy that turns
        // the rule off, or a command that never checks text, says nothing.
        if (!SpellChecker.IsLoaded || SpellChecker.Shared.Available) return;
        error.WriteLine($"preround: note: spelling was not checked: {SpellChecker.Shared.Problem}.");
    }
}
