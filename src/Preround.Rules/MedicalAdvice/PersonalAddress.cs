using System.Text.RegularExpressions;
using Preround.Core.Engine;

namespace Preround.Rules.MedicalAdvice;

/// <summary>
/// Whether a draft speaks to one person about their own case, beyond <see cref="AdviceContext.IsAddressedToSomeone"/>:
/// what they sent or posted ("the photo you sent", "saw your story"), a greeting to one reader, "in your shoes".
/// Computed once per draft and shared by the advice rules.
/// </summary>
internal static partial class PersonalAddress
{
    private static readonly object Key = new();

    public static bool Of(RuleContext context) => context.Shared(Key, static c => AdviceContext.IsAddressedToSomeone(c) || Extra().IsMatch(c.Text.Normalized));

    [GeneratedRegex(@"\b(?:you|u)\s+(?:sent|posted|shared|described|mentioned|messaged|dm'?d|asked|tagged|uploaded|showed)\b|\b(?:your|ur)\s+(?:photo|pic|pics|picture|story|stories|comment|message|dm|video|post|screenshot|question)\b|\b(?:saw|seen|looked\s+at|from|based\s+on)\s+(?:your|ur|the|that)\s+(?:photo|pic|picture|story|comment|post|video|description|dm)\b|^\W*(?:hey|hi|hun|girl|mama|sis|bro|dude)\b|\b(?:replying|reply|responding)\s+to\b|\b(?:dm'?d|messaged|texted)\s+you\b|\bto\s+the\s+\w+\s+who\s+(?:messaged|asked|dm'?d|commented|wrote)\b|\bcommenters?\s+asking\b|\bin\s+(?:ur|your)\s+shoes\b|\bif\s+i\s+were\s+you\b|\b(?:your|ur)\s+(?:son|daughter|kid|kiddo|baby|toddler|husband|wife|partner|mom|dad|boyfriend|girlfriend)'?s?\b|\bat\s+your\s+(?:weight|age|dose)\b|\bwith\s+your\s+(?:bp|numbers|labs|a1c|history)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Extra();
}
