using Preround.Core.Domain;
using Preround.Core.Text;

namespace Preround.Privacy.Analysis;

/// <summary>
/// Which sentences of a draft are about a patient or an encounter, and which are about a conference, a statistic,
/// one's own family, the practice or a colleague. Details are tied to a patient through this model.
/// </summary>
public sealed class PatientContext
{
    private readonly AnalyzedText _text;
    private readonly bool[] _patient;
    // NOTE: the sentence kinds below are computed on first use (each is a regex over the whole draft): a draft with
    // no patient anchor and no personal date never needs them. Null until then.
    private bool[]? _aggregate;
    private bool[]? _family;
    private bool[]? _practice;
    private bool[]? _colleague;
    private bool[]? _consented;

    private PatientContext(AnalyzedText text, int sentences, List<TextSpan> anchors)
    {
        _text = text;
        _patient = new bool[sentences];
        Anchors = anchors;
    }

    private bool[] Aggregate => _aggregate ??= Mark(ContextPatterns.Aggregate());
    private bool[] Family => _family ??= Mark(ContextPatterns.OwnFamily());
    private bool[] Practice => _practice ??= Mark(ContextPatterns.Practice());
    private bool[] Colleague => _colleague ??= Mark(ContextPatterns.Colleague());
    private bool[] Consented => _consented ??= Mark(ContextPatterns.Consented());

    /// <summary>Normalised spans that establish a specific patient or encounter.</summary>
    public IReadOnlyList<TextSpan> Anchors { get; }

    /// <summary>Whether the draft speaks about a specific patient or encounter anywhere.</summary>
    public bool HasPatient => Anchors.Count > 0;

    /// <summary>
    /// Whether every patient the draft mentions is only the one who asked a question ("a patient asked me today whether
    /// the flu shot can give you the flu"): the condition asked about is the topic of an answer, not the patient's.
    /// </summary>
    public bool OnlyAsking { get; private set; }

    /// <summary>Whether the draft speaks to a patient directly ("thank you for trusting me with your...").</summary>
    public bool AddressesPatient { get; private set; }

    /// <summary>Builds the model for one draft.</summary>
    public static PatientContext Analyze(AnalyzedText text, DraftContext draftContext)
    {
        var n = text.Normalized;
        var count = Math.Max(1, text.Sentences.Count);
        var anchors = new List<TextSpan>();
        var ctx = new PatientContext(text, count, anchors);

        if (ContextPatterns.MayAnchorPatient(n))
        {
            foreach (var m in ContextPatterns.PatientAnchor().EnumerateMatches(n))
            {
                if (IsGeneric(n, m.Index) || IsCompoundNoun(n, m.Index + m.Length) || IsTopic(n, m.Index, m.Index + m.Length)) continue;
                anchors.Add(new TextSpan(m.Index, m.Length));
            }
        }
        // A quiz or board question ("Quiz: a 6-month-old presents with...") describes a teaching case, not a person.
        var quiz = ContextPatterns.MayBeQuiz(n) && ContextPatterns.Quiz().IsMatch(n);
        if (!quiz && ContextPatterns.MayBeEncounterPerson(n))
        {
            // NOTE: searched only in the stretches between sentence punctuation that hold one of its encounter words:
            // the pattern cannot cross '.', '!' or '?', and it otherwise tries every "the"/"a" of the draft.
            foreach (var (start, length) in Gates.Stretches(n, ContextPatterns.EncounterPersonCues))
            {
                foreach (var m in ContextPatterns.EncounterPerson().EnumerateMatches(n.AsSpan(start, length)))
                {
                    if (!IsGeneric(n, start + m.Index)) anchors.Add(new TextSpan(start + m.Index, m.Length));
                }
            }
        }
        if (!quiz && ContextPatterns.MayBeEncounterPhrase(n))
        {
            foreach (var m in ContextPatterns.EncounterPhrase().EnumerateMatches(n)) anchors.Add(new TextSpan(m.Index, m.Length));
        }
        if (!quiz && ContextPatterns.MayBeCareVerbPerson(n))
        {
            foreach (var m in ContextPatterns.CareVerbPerson().EnumerateMatches(n))
            {
                if (!IsGeneric(n, m.Index)) anchors.Add(new TextSpan(m.Index, m.Length));
            }
        }
        if (!quiz && (n.Contains("one of ", StringComparison.Ordinal) || n.Contains(" we ", StringComparison.Ordinal) || n.Contains(" i ", StringComparison.Ordinal) || n.Contains('0')))
        {
            foreach (var m in ContextPatterns.GroupOfPatients().EnumerateMatches(n))
            {
                if (!IsGeneric(n, m.Index)) anchors.Add(new TextSpan(m.Index, m.Length));
            }
        }
        // "the guy with the koi tattoo sleeve ... in fast track": a distinctive feature where care happens is a patient's.
        if (!quiz && Recognizers.ClinicalPatterns.MayHaveFeature(n))
        {
            foreach (var m in Recognizers.ClinicalPatterns.Feature().EnumerateMatches(n))
            {
                var sentence = text.SentenceSpanAt(m.Index);
                if (ContextPatterns.CareSetting().IsMatch(n.AsSpan(sentence.Start, sentence.Length)) && !IsGeneric(n, m.Index)) anchors.Add(new TextSpan(m.Index, m.Length));
            }
        }
        // An age in shorthand always has a digit; the empty string stands in when there is none (it matches nothing).
        foreach (var m in ContextPatterns.AgeShorthand().EnumerateMatches(n.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? n : ""))
        {
            if (quiz) break;
            // "a 34yo", "29F": an age written like a chart line anchors a story unless it is one's own child or a statistic.
            if (!IsStoryAge(n, m.Index, m.Length)) continue;
            // "An 89-year-old and a 65-year-old can have...": ages in a teaching statement describe no one.
            var sentence = text.SentenceSpanAt(m.Index);
            if (ContextPatterns.Teaching().IsMatch(n.AsSpan(sentence.Start, sentence.Length))) continue;
            anchors.Add(new TextSpan(m.Index, m.Length));
        }
        foreach (var m in ContextPatterns.PatientAddress().EnumerateMatches(ContextPatterns.MayAddressPatient(n) ? n : ""))
        {
            // "I'm not able to look at your labs over DMs": declining to give care confirms no care relationship.
            var said = text.SentenceSpanAt(m.Index);
            if (ContextPatterns.DeclinesCare().IsMatch(n.AsSpan(said.Start, said.Length))) continue;
            anchors.Add(new TextSpan(m.Index, m.Length));
            ctx.AddressesPatient = true;
        }
        if (draftContext == DraftContext.ReviewReply) ctx.AddressesPatient = true;

        // A bed, bay or room number, or "Mrs. Lee" beside care words, says a patient is meant, unless the
        // sentence is a conference programme or the practice's own notice ("Session in room 204").
        foreach (var m in Recognizers.IdentifierPatterns.RoomOrBed().EnumerateMatches(Recognizers.IdentifierPatterns.MayBeRoomOrBed(n) ? n : ""))
        {
            var s = Clamp(text.SentenceAt(m.Index), count);
            if (!ctx.Aggregate[s] && !ctx.Practice[s]) anchors.Add(new TextSpan(m.Index, m.Length));
        }
        // Story shapes without the word "patient" ("on my OR schedule", "the toddler who fell") anchor a story unless
        // the sentence is the practice's notice, a statistic or a colleague's thanks ("flu shots at our clinic").
        // NOTE: the "Name:" line is searched in the whole draft; the other story shapes cannot cross sentence
        // punctuation and are searched only in the stretches that hold a word they need.
        if (n.Contains("name", StringComparison.Ordinal))
        {
            foreach (var m in ContextPatterns.NameLine().EnumerateMatches(n)) AddStoryAnchor(ctx, text, anchors, count, m.Index, m.Length);
        }
        foreach (var (start, length) in Gates.Stretches(n, ContextPatterns.StoryAnchorLiterals))
        {
            foreach (var m in ContextPatterns.StoryAnchor().EnumerateMatches(n.AsSpan(start, length))) AddStoryAnchor(ctx, text, anchors, count, start + m.Index, m.Length);
        }
        // "the chap with the tattoo is back", "Toddler swallowed a battery ... in the ED": the setting implies the encounter.
        if (!quiz)
        {
            foreach (var (start, length) in ImpliedEncounter.Find(n)) AddStoryAnchor(ctx, text, anchors, count, start, length);
        }
        foreach (var m in ContextPatterns.TitledName().EnumerateMatches(ContextPatterns.MayHaveTitle(n) ? n : ""))
        {
            var sentence = text.SentenceSpanAt(m.Index);
            if (ContextPatterns.CareWords().IsMatch(n.AsSpan(sentence.Start, sentence.Length))) anchors.Add(new TextSpan(m.Index, m.Length));
        }
        foreach (var a in anchors) ctx._patient[Clamp(text.SentenceAt(a.Start), count)] = true;
        ctx.OnlyAsking = anchors.Count > 0 && anchors.TrueForAll(a => IsAsking(n, a));
        return ctx;
    }

    private static void AddStoryAnchor(PatientContext ctx, AnalyzedText text, List<TextSpan> anchors, int count, int index, int length)
    {
        var s = Clamp(text.SentenceAt(index), count);
        if (!ctx.Aggregate[s] && !ctx.Practice[s] && !ctx.Colleague[s] && !ctx.Family[s] && !IsGeneric(text.Normalized, index)) anchors.Add(new TextSpan(index, length));
    }

    /// <summary>Whether a detail at a normalised position belongs to the patient or encounter the draft is about.</summary>
    public bool IsPatientTied(AnalyzedText text, int normalizedPosition)
    {
        if (!HasPatient) return false;
        var s = Clamp(text.SentenceAt(normalizedPosition), _patient.Length);
        if (Consented[s]) return false;
        if (_patient[s]) return true;
        if (Aggregate[s] || Family[s] || Practice[s] || Colleague[s]) return false;
        // A story runs over a few sentences: "Wild night in the ED. The 34yo teacher from Bozeman..."
        for (var d = 1; d <= 2; d++)
        {
            if (s - d >= 0 && _patient[s - d]) return true;
            if (s + d < _patient.Length && _patient[s + d]) return true;
        }
        return false;
    }

    /// <summary>Whether the sentence at a normalised position is about the practice (hours, booking, its phone).</summary>
    public bool IsPractice(AnalyzedText text, int normalizedPosition) => Practice[Clamp(text.SentenceAt(normalizedPosition), Practice.Length)];

    /// <summary>Whether the sentence at a normalised position thanks, welcomes or congratulates colleagues.</summary>
    public bool IsColleague(AnalyzedText text, int normalizedPosition) => Colleague[Clamp(text.SentenceAt(normalizedPosition), Colleague.Length)];

    /// <summary>Whether the sentence at a normalised position is about one's own family.</summary>
    public bool IsFamily(AnalyzedText text, int normalizedPosition) => Family[Clamp(text.SentenceAt(normalizedPosition), Family.Length)];

    /// <summary>Whether the sentence at a normalised position is a statistic, conference or teaching material.</summary>
    public bool IsAggregate(AnalyzedText text, int normalizedPosition) => Aggregate[Clamp(text.SentenceAt(normalizedPosition), Aggregate.Length)];

    internal static bool IsGeneric(string n, int index)
    {
        var from = Math.Max(0, index - 40);
        var lead = n.AsSpan(from, index - from);
        var stop = lead.LastIndexOfAny(".!?\n;:");
        if (stop >= 0) lead = lead[(stop + 1)..];
        return ContextPatterns.GenericLead().IsMatch(lead) || ContextPatterns.TopicLead().IsMatch(lead);
    }

    // "patient care", "patient safety", "the patient voice": the word is part of a compound noun, not a person.
    private static readonly string[] CompoundNouns = [" care", " safety", " experience", " education", " portal", " satisfaction", " advoca", " voice", " advisory", " outcome", "-centered", "-centred", " engagement", " privacy", " rights", " population", " volume", " flow", " load"];

    // "an email about a patient from Penistone": the patient is the topic of a message, not a story being told.
    private static bool IsTopic(string n, int start, int end)
    {
        var from = Math.Max(0, start - 40);
        var last = n.AsSpan(from, end - from).LastIndexOf(' ');
        return last > 0 && ContextPatterns.TopicLead().IsMatch(n.AsSpan(from, last + 1));
    }

    // "a patient asked me", "had a patient ask today if", "a question from a patient": the patient is the questioner.
    private static bool IsAsking(string n, TextSpan anchor)
    {
        var end = anchor.Start + anchor.Length;
        var after = n.AsSpan(end, Math.Min(32, n.Length - end));
        if (ContextPatterns.AskingAfter().IsMatch(after)) return true;
        var from = Math.Max(0, anchor.Start - 24);
        return ContextPatterns.AskingBefore().IsMatch(n.AsSpan(from, anchor.Start - from));
    }

    private static bool IsCompoundNoun(string n, int end)
    {
        if (end <= 0 || end > n.Length || !n.AsSpan(0, end).EndsWith("patient")) return false;
        var rest = n.AsSpan(end);
        foreach (var c in CompoundNouns) if (rest.StartsWith(c, StringComparison.Ordinal)) return true;
        return false;
    }

    internal static bool IsStoryAge(string n, int index, int length)
    {
        var after = n.AsSpan(index + length, Math.Min(24, n.Length - index - length)).TrimStart();
        var before = n.AsSpan(Math.Max(0, index - 16), Math.Min(16, index));
        var lastWord = LastWord(before);
        // "my 4-year-old", "our 6mo": one's own child. "my 94-year-old patient" and "our 93 yo on the geri ward" stay patients.
        if (lastWord is "my" or "our" && !after.StartsWith("patient") && !after.StartsWith("pt") && !after.StartsWith("on the ") && !after.StartsWith("in bed") && !after.StartsWith("in room")) return false;
        // Statistics and thresholds: "at 45", "aged 50", "over 65", "45 to 49".
        if (lastWord is "at" or "aged" or "age" or "over" or "under" or "from" or "to" or "and" or "than" or "by" or "every" or "per" or "each" or "about" or "around") return false;
        if (after.StartsWith("to ") || after.StartsWith("and ") || after.StartsWith("-")) return false;
        var token = n.AsSpan(index, length);
        // A bare "5m" or "10f" needs chart-like company: a determiner before it or a comma after it.
        if (token[^1] is 'm' or 'f' && !token.EndsWith("yom") && !token.EndsWith("yof") && char.IsDigit(token[^2]))
        {
            // "92F gentleman came in": a chart-like age opening the draft or a sentence.
            return lastWord is "a" or "an" or "the" or "this" or "our" || before.TrimEnd().EndsWith(":") || LooksLikeChartLine(after)
                || (index == 0 || before.TrimEnd() is { Length: > 0 } b && b[^1] is '.' or '!' or '?' or '\n') && after.Length > 0 && char.IsLetter(after[0]);
        }
        return true;
    }

    private static bool LooksLikeChartLine(ReadOnlySpan<char> after) =>
        after.StartsWith(",") || after.StartsWith("w/") || after.StartsWith("with ") || after.StartsWith("s/p") || after.StartsWith("presenting") || after.StartsWith("h/o") || after.StartsWith("in ");

    private static string LastWord(ReadOnlySpan<char> s)
    {
        s = s.TrimEnd();
        var i = s.Length - 1;
        while (i >= 0 && (char.IsLetter(s[i]) || s[i] == '\'')) i--;
        return s[(i + 1)..].ToString();
    }

    private bool[] Mark(System.Text.RegularExpressions.Regex regex)
    {
        var flags = new bool[_patient.Length];
        foreach (var m in regex.EnumerateMatches(_text.Normalized)) flags[Clamp(_text.SentenceAt(m.Index), flags.Length)] = true;
        return flags;
    }

    private static int Clamp(int s, int count) => Math.Clamp(s, 0, count - 1);
}
