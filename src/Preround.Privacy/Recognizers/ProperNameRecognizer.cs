using Preround.Core.Text;
using Preround.Privacy.Analysis;
using Preround.Privacy.Data;

namespace Preround.Privacy.Recognizers;

/// <summary>
/// Personal names and town names, read from capitalisation in the original draft plus the shipped name and place lists.
/// A name after "Dr." or in thanks to a colleague is a colleague's; a town after "from" or "in" is a place.
/// </summary>
internal static partial class ProperNameRecognizer
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "miss", "mx", "mister", "missus", "officer", "captain", "sgt", "deputy" };
    private static readonly HashSet<string> ColleagueTitles = new(StringComparer.Ordinal) { "dr", "doctor", "prof", "professor", "nurse", "np", "pa", "rn", "coach", "chief", "dean", "senator", "president", "governor", "mayor", "judge", "rev", "reverend", "pastor", "father", "sister", };
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal) { "hi", "hey", "dear", "hello", "love", "bless", "rip", "named", "called", "goodbye", "bye", "miss" };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "from", "in", "near", "outside", "of", "to", "around", "at", "lake" };
    // Words that end a hospital's or clinic's name: "Mercy General", "St. Mary's Hospital". The facility recogniser owns them.
    private static readonly HashSet<string> FacilityWords = new(StringComparer.Ordinal) { "general", "memorial", "hospital", "clinic", "regional", "medical", "children's", "childrens", "health", "center", "centre", "university", "infirmary", "community", "hospice" };
    private static readonly HashSet<string> SaintWords = new(StringComparer.Ordinal) { "st", "saint", "mt", "mount" };
    // Words after which a lower-case known name is the patient's: "pt jaxon", "my patient maria", "name is literally otis".
    private static readonly HashSet<string> LowerNameLeads = new(StringComparer.Ordinal) { "pt", "patient", "named", "called" };
    // Words after a town that make it a place without a preposition: "a Bisbee teacher", "the Tulsa ER".
    private static readonly HashSet<string> PlaceFollowers = new(StringComparer.Ordinal)
    {
        "er", "ed", "hospital", "clinic", "icu", "urgent", "man", "woman", "teen", "mom", "dad", "girl", "boy", "kid", "toddler", "teacher",
        "firefighter", "farmer", "rancher", "family", "native", "resident", "local", "police", "fire", "mall", "plant", "factory", "school",
        "high", "middle", "elementary", "trucker", "couple", "grandma", "grandpa", "lady", "guy", "nurse", "native",
    };
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "our", "this", "that", "he", "she", "they", "we", "i", "it", "his", "her", "mom", "dad", "baby", "nurse", "doc",
        "i'm", "i've", "i'll", "i'd", "it's", "he's", "she's", "we're", "they're", "you", "you're",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "god", "jesus", "lord", "team", "everyone", "all", "friends", "folks",
    };

    public static void Find(AnalyzedText text, PatientContext ctx, List<Detail> into)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Mention)
            {
                if (ctx.IsPatientTied(text, t.Start) && (ctx.AddressesPatient || AddressesRelative(text.Normalized) || HandleIsPatients(text, t.Start))) Add(text, ctx, into, DetailKind.Handle, t.Start, t.Length, 0.8);
                continue;
            }
            if (t.Kind != TokenKind.Word) continue;
            var original = text.OriginalText(new(t.Start, t.Length));
            if (original.Length < 2 || IsAllCaps(original)) continue;
            if (!char.IsUpper(original[0]))
            {
                if (ctx.HasPatient) TryLowerCaseName(text, ctx, into, ref i);
                continue;
            }
            var word = text.SpanOf(t);
            // "Maria's stay": look the name up without the possessive.
            if (word.EndsWith("'s")) word = word[..^2];
            var prev = Previous(text, i, out var prevIndex);
            var prevPrev = prevIndex > 0 ? Previous(text, prevIndex, out _) : "";

            if (TryPlace(text, ctx, into, i, prev)) continue;
            if (NotNames.Contains(word.ToString())) continue;
            if (ColleagueTitles.Contains(prev) || (prev == "." && ColleagueTitles.Contains(prevPrev))) continue;
            // "6 West", "St. Mary's", "Mercy General": units and facilities, not people.
            if (prev.Length > 0 && char.IsAsciiDigit(prev[^1])) continue;
            if (SaintWords.Contains(prev) || (prev == "." && SaintWords.Contains(prevPrev))) continue;
            if (NextWord(text, i) is { } following && FacilityWords.Contains(following)) { i++; continue; }

            // "Name: Margaret Whitfield" on a chart-like line is as good as a title.
            // NOTE: "MS" and "MR" in capitals are multiple sclerosis and mitral regurgitation, not titles.
            var titled = (Titles.Contains(prev) && !TitleIsCapitals(text, prevIndex)) || (prev == "." && Titles.Contains(prevPrev) && !TitleIsCapitals(text, prevIndex - 1))
                || (prev == ":" && prevPrev == "name");
            var isName = Gazetteer.IsFirstName(word, out var ambiguous);
            // "pt Delgado": a known surname right after the word for the patient.
            if (!isName && LowerNameLeads.Contains(prev) && Gazetteer.IsSurname(word, out var surnameAmbiguous) && !surnameAmbiguous) titled = true;
            var greeted = Greetings.Contains(prev) || prev is "thanks" or "you" && prevPrev is "thank" or "love" or "miss";
            var initialSurname = prev == "." && prevPrev.Length == 1 && char.IsAsciiLetterLower(prevPrev[0]) && prevIndex > 0;
            double confidence;
            if (titled) confidence = 0.9;
            else if (initialSurname) confidence = 0.75;
            else if (greeted && (isName || !IsCommonWord(word))) confidence = isName && !ambiguous ? 0.85 : 0.6;
            else if (isName && !ambiguous && !IsSentenceStartOnly(text, i)) confidence = 0.7;
            else if (isName && !ambiguous) confidence = 0.55;
            // "Mark", "Grace", "Maria" are also words, but capitalised mid-sentence they are names.
            else if (isName && !IsSentenceStartOnly(text, i) && t.Kind == TokenKind.Word && !IsHashtagPart(text, t)) confidence = 0.5;
            else continue;

            var start = titled || initialSurname ? FirstOfTitle(text, prevIndex) : t.Start;
            var end = t.Start + word.Length;
            // Take a following capitalised surname with the first name: "Karen Lopez".
            if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Start == t.End + 1)
            {
                var next = text.OriginalText(new(tokens[i + 1].Start, tokens[i + 1].Length));
                if (next.Length > 1 && char.IsUpper(next[0]) && !IsAllCaps(next) && !NotNames.Contains(text.TextOf(tokens[i + 1]))) { end = tokens[i + 1].End; i++; }
            }
            Add(text, ctx, into, DetailKind.Name, start, end - start, confidence);
        }
    }

    private static void TryLowerCaseName(AnalyzedText text, PatientContext ctx, List<Detail> into, ref int i)
    {
        var tokens = text.Tokens;
        var prev = Previous(text, i, out var prevIndex);
        var prevPrev = prevIndex > 0 ? Previous(text, prevIndex, out _) : "";
        var led = LowerNameLeads.Contains(prev) || (prev == "is" && prevPrev == "name") || (prev == "literally" && prevPrev == "is");
        if (!led) return;
        var word = text.SpanOf(tokens[i]);
        if (NotNames.Contains(word.ToString())) return;
        // "pt imani fitzgerald": an unlisted first name is still a name when a known surname follows it.
        if (!IsUnambiguousName(word) && !(word.Length >= 3 && NextWord(text, i) is { } nextWord && Gazetteer.IsSurname(nextWord, out var amb0) && !amb0 && !LowerNameLeads.Contains(word.ToString()))) return;
        if (!ctx.IsPatientTied(text, tokens[i].Start)) return;
        var start = tokens[i].Start;
        var end = tokens[i].End;
        // "maria whitfield", "yolanda Nguyen": take the surname with it.
        if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Start == end + 1)
        {
            var next = text.SpanOf(tokens[i + 1]);
            var capitalised = char.IsUpper(text.Original[text.ToOriginal(tokens[i + 1].Start, 1).Start]);
            if ((Gazetteer.IsSurname(next, out var amb) && !amb) || (capitalised && !NotNames.Contains(next.ToString()))) { end = tokens[i + 1].End; i++; }
        }
        Add(text, ctx, into, DetailKind.Name, start, end - start, 0.75);
    }

    private static readonly string[] Relatives = ["mom", "mum", "dad", "mother", "father", "son", "daughter", "wife", "husband", "grandma", "grandpa", "grandmother", "grandfather", "brother", "sister", "baby", "kid", "little one"];

    /// <summary>"@jo your dad is doing great": a handle spoken to as the patient's relative points to the patient.</summary>
    private static bool AddressesRelative(string n)
    {
        for (var k = n.IndexOf("your ", StringComparison.Ordinal); k >= 0; k = n.IndexOf("your ", k + 5, StringComparison.Ordinal))
        {
            var rest = n.AsSpan(k + 5);
            foreach (var r in Relatives) if (rest.StartsWith(r, StringComparison.Ordinal) && (rest.Length == r.Length || !char.IsLetter(rest[r.Length]))) return true;
        }
        return false;
    }

    /// <summary>"@jaydenbeatscancer, he was one of my kiddos", "tagged me in her TikTok @...": the sentence says the handle is a patient's.</summary>
    private static bool HandleIsPatients(AnalyzedText text, int position)
    {
        var sentence = text.SentenceSpanAt(position);
        return PatientHandleCue().IsMatch(text.Normalized.AsSpan(sentence.Start, sentence.Length));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:he|she|they)(?:'s| was| is| were) (?:one of )?(?:my|our) (?:[\w-]+ )?(?:patients?|pts?|kiddos?|babies|little ones|moms)\b|\b(?:tagged (?:me|us)|follow (?:her|him|them)|(?:her|his|their) (?:tiktok|instagram|insta|page|account|channel|gofundme|fundraiser|blog))\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PatientHandleCue();

    private static bool TitleIsCapitals(AnalyzedText text, int index)
    {
        if (index < 0) return false;
        var t = text.Tokens[index];
        var original = text.OriginalText(new(t.Start, t.Length));
        return original.Length >= 2 && IsAllCaps(original);
    }

    private static bool IsUnambiguousName(ReadOnlySpan<char> word) =>
        (Gazetteer.IsFirstName(word, out var a) && !a) || (Gazetteer.IsSurname(word, out var b) && !b);

    private static string? NextWord(AnalyzedText text, int i)
    {
        var tokens = text.Tokens;
        if (i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Word || tokens[i + 1].Start != tokens[i].End + 1) return null;
        return text.TextOf(tokens[i + 1]);
    }

    private static bool TryPlace(AnalyzedText text, PatientContext ctx, List<Detail> into, int i, string prev)
    {
        // Without a preposition a town needs a word after it that makes it a place: "a Bisbee teacher", "the Tulsa ER".
        var needsFollower = !PlacePrepositions.Contains(prev);
        var tokens = text.Tokens;
        // Longest capitalised run of up to three words that the gazetteer knows: "Walla Walla", "Coeur d'Alene".
        for (var len = Math.Min(3, tokens.Count - i); len >= 1; len--)
        {
            var last = tokens[i + len - 1];
            if (last.Kind != TokenKind.Word) continue;
            var ok = true;
            for (var k = i + 1; k < i + len; k++)
            {
                if (tokens[k].Kind != TokenKind.Word || tokens[k].Start != tokens[k - 1].End + 1) { ok = false; break; }
            }
            if (!ok) continue;
            var name = text.Normalized.AsSpan(tokens[i].Start, last.End - tokens[i].Start);
            if (needsFollower && (NextWord(text, i + len - 1) is not { } after || !PlaceFollowers.Contains(after) || Gazetteer.IsFirstName(name, out _) || Gazetteer.IsSurname(name, out _))) continue;
            if (Gazetteer.IsPlace(name, out var ambiguous) && !ambiguous)
            {
                Add(text, ctx, into, DetailKind.Place, tokens[i].Start, last.End - tokens[i].Start, 0.8);
                return true;
            }
        }
        return false;
    }

    private static void Add(AnalyzedText text, PatientContext ctx, List<Detail> into, DetailKind kind, int start, int length, double confidence)
    {
        var span = text.ToOriginal(start, length);
        foreach (var d in into) if (d.Span.Overlaps(span)) return;
        IdentifierRecognizer.Add(text, ctx, into, kind, start, length, confidence, practiceLowers: false);
    }

    private static string Previous(AnalyzedText text, int i, out int index)
    {
        index = i - 1;
        if (index < 0) return "";
        var t = text.Tokens[index];
        if (t.Sentence != text.Tokens[i].Sentence && text.TextOf(t) != ".") return "";
        return text.TextOf(t);
    }

    private static int FirstOfTitle(AnalyzedText text, int prevIndex)
    {
        // Step back over "." to the title word itself.
        var k = prevIndex;
        if (text.TextOf(text.Tokens[k]) == "." && k > 0) k--;
        return text.Tokens[k].Start;
    }

    private static bool IsSentenceStartOnly(AnalyzedText text, int i) =>
        i == 0 || text.Tokens[i - 1].Sentence != text.Tokens[i].Sentence;

    private static bool IsHashtagPart(AnalyzedText text, Core.Text.Token t)
    {
        // Words split out of a camel-case hashtag ("#FaithOverFear") are not names.
        var span = text.ToOriginal(t.Start, t.Length);
        var k = span.Start - 1;
        while (k >= 0 && char.IsLetterOrDigit(text.Original[k])) k--;
        return k >= 0 && text.Original[k] == '#';
    }

    private static bool IsAllCaps(string s)
    {
        foreach (var c in s) if (char.IsLower(c)) return false;
        return true;
    }

    private static bool IsCommonWord(ReadOnlySpan<char> lower) => Gazetteer.IsPlace(lower, out _) || lower.Length <= 2;
}
