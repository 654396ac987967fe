using System.Text.RegularExpressions;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Privacy.Analysis;

namespace Preround.Privacy.Rules.Privacy;

/// <summary>A screenshot or copy of a patient's message, portal note, voicemail or record.</summary>
public sealed partial class PatientMessageScreenshotRule : Rule
{
    private static readonly RuleDescriptor Rule = new(
        PrivacyRuleIds.PatientMessageScreenshot,
        "Patient's message or record shared",
        "'{match}' shares a patient's own words or record; consider not posting it.",
        RuleCategories.Privacy,
        Severity.Block,
        "A patient's message, portal note or voicemail is part of their record; posting it, even cropped or to laugh along, is a disclosure the patient can recognise and report.")
    {
        DefaultSuggestion = "Do not post the message; describe the lesson in your own words without quoting or showing it.",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var n = context.Text.Normalized;
        foreach (var p in PhotoDescriptions.Of(context))
        {
            var content = n.AsSpan(p.Content.Start, p.Content.Length);
            if (PhotoDescriptions.SafeContent().IsMatch(content)) continue;
            if (MessageContent().IsMatch(content)) context.ReportNormalized(p.Span, 0.9);
        }
        foreach (var m in Quoted().EnumerateMatches(n))
        {
            if (!Core.Text.Negation.IsNegated(context.Text, m.Index)) context.ReportNormalized(new(m.Index, m.Length), 0.8);
        }
    }

    [GeneratedRegex(@"\b(?:(?:patient|pt|patient's|pt's|family's|parent's)\s+(?:\w+\s+)?(?:message|messages|msg|text|texts|email|e-mail|voicemail|note|letter|portal|review|complaint|request|reply|question)|mychart|patient portal|portal message|inbox message|in-?basket|text (?:from|thread with) (?:a |my |the )?(?:patient|pt)|ehr|emr|epic|cerner|chart|patient banner|banner|discharge summary|lab results|h&p|progress note|op note|med list|medication list|order set|referral|prescription)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MessageContent();

    [GeneratedRegex(@"\b(?:(?:a|my|one|this|the) (?:patient|pt)(?:'s (?:mom|dad|family|wife|husband|daughter|son))? (?:just |literally )?(?:messaged|texted|emailed|wrote|sent|left) (?:me|us|the clinic|our office|a voicemail|a message)[^.!?]{0,40}?(?::|\bverbatim\b|\bquote\b|\bscreenshot\b|\bhere it is\b|\bread this\b|\bword for word\b|"")|(?:screenshot|screen ?shot|screengrab)(?:ted)? (?:of )?(?:a |my |the |this )?(?:patient|pt)'?s? (?:message|text|email|portal|chart))", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
