using System.Text.RegularExpressions;

namespace Preround.Rules.GuaranteeClaim;

/// <summary>Context shared by the guarantee rules: sentences that warn about guarantees, and reports of trial results.</summary>
internal static partial class GuaranteeContext
{
    // NOTE: these sentences talk about guarantees in order to deny or warn about them.
    [GeneratedRegex(@"\b(?:no\s+such\s+thing|nothing\s+(?:in\s+medicine\s+)?is|no\s+(?:procedure|surgery|operation|treatment|medicine|medication|drug|vaccine|test|intervention|one|doctor|clinician|surgeon)\s+(?:is|can|will)|every\s+(?:procedure|surgery|operation|treatment|medicine|drug)\s+(?:has|carries|comes)|anyone\s+(?:who\s+)?(?:promis|guarant|claim)\w*|(?:someone|a\s+clinic|they|a\s+provider|an?\s+(?:ad|influencer))\s+(?:promis|guarant)\w*|can'?t\s+(?:promise|guarantee)|cannot\s+(?:promise|guarantee)|won'?t\s+(?:promise|guarantee)|(?:there'?s|there\s+is|with)\s+no\s+guarantee|not\s+guaranteed|isn'?t\s+guaranteed|no\s+guarantees?|never\s+(?:trust|believe)|red\s+flag|be\s+(?:wary|skeptical|suspicious)|beware|run\s+from|undetectable|u\s*=\s*u|no\s+pain,?\s+no\s+gain|guaranteed\s+(?:to\s+(?:get\s+paged|be\s+paged|jinx|happen|rain)|chaos|admission|snow)|(?:if|when)\s+you\s+(?:see|hear|read)|claims?\s+(?:of|like|that)|fine\s+print|(?:i|we)\s+(?:had|got|experienced|felt|noticed)\s+(?:zero|no|0)|sales\s+pitch|(?:isn'?t|is\s+not|aren'?t|are\s+not|not)\s+(?:always\s+|a\s+)?(?:100\s*%|completely|totally|risk[\s-]free|guaranteed|painless|permanent|magic|miracle)|(?:that'?s|is)\s+(?:a\s+)?(?:scam|marketing|selling))\b", RegexOptions.CultureInvariant)]
    public static partial Regex Disclaimed();

    // Trial results with numbers and uncertainty are evidence, not promises.
    [GeneratedRegex(@"\b(?:trial|study|studies|cohort|meta-?analysis|confidence\s+interval|95\s*%\s*ci|ci\s+\d|p\s*[<=]|hazard\s+ratio|relative\s+risk|absolute\s+risk|nnt|odds\s+ratio|randomi[sz]ed|placebo|participants|enrolled|adverse\s+events?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex EvidenceReport();
}
