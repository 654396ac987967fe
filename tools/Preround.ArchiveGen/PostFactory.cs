namespace Preround.ArchiveGen;

/// <summary>What a writer produced: posts readable as public posts, posts kept as deleted, and direct messages.</summary>
public sealed record GenStats(long Posts, long Deleted, long Direct);

/// <summary>A synthetic post: invented text from templates, never a real person's words.</summary>
internal sealed record GenPost(long Id, DateTimeOffset CreatedAt, string Kind, string Text, string? ReplyToUser, bool Self, bool Media, (double Lat, double Lon)? Geo, int Likes, int Reposts, bool Direct);

/// <summary>Writes believable clinician posting histories: mostly ordinary, with the slips a committee would notice.</summary>
public sealed class PostFactory(int seed, DateTimeOffset end, int years)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Benign =
    [
        "Great grand rounds today on {topic}. Key point: {point}.",
        "Reminder for students on {specialty}: {point}.",
        "New review on {topic} is worth a read, especially the section on {point}.",
        "Proud of our team for a smooth {event} this week.",
        "Teaching moment from clinic: always {point}.",
        "Journal club tonight: {topic}. Bring questions!",
        "Five things I wish I knew as an intern about {topic} 🧵",
        "Thank you to the nurses on nights who make {event} possible.",
        "Spent the morning on a QI project about {topic}. Small changes, big results.",
        "Our {specialty} interest group is hosting a session on {topic} next week.",
        "Coffee, notes, and a long list of {topic} papers. Weekend sorted.",
        "Honoured to present our poster on {topic} at the regional meeting.",
    ];

    private static readonly string[] Risky =
    [
        "Had a {age}-year-old in bed {bed} tonight with {condition}, still thinking about it.",
        "This program does not care about residents at all. Another 28-hour call and nobody notices.",
        "Our attending is completely useless, I can't believe they let him teach.",
        "Wine o'clock after that shift 🍷🍷🍷 absolutely needed to get wasted tonight",
        "Honestly the patients in {place} are the worst, every single one a frequent flyer.",
        "If you have {condition} just double your dose, works every time. DM me.",
        "Anyone who votes for them is an idiot and shouldn't be allowed near a hospital.",
        "What the hell is wrong with admin, this is a damn joke.",
        "Guaranteed results with this protocol, 100% of my patients get better.",
        "Thinking of quitting medicine, I hate this place and everyone in it.",
        "Saw the guy from {place} with {condition} again today, room {bed}, third time this month.",
    ];

    private static readonly string[] Topics = ["sepsis", "heart failure", "antibiotic stewardship", "delirium", "diabetes care", "health literacy", "ECG basics", "pain management", "handoffs", "burnout"];
    private static readonly string[] Points = ["check the med list twice", "ask what matters most to the patient", "sit down when you talk to families", "write the plan in plain words", "follow up the pending labs"];
    private static readonly string[] Specialties = ["internal medicine", "pediatrics", "emergency medicine", "surgery", "psychiatry"];
    private static readonly string[] Events = ["discharge", "handoff", "code", "clinic day", "transfer"];
    private static readonly string[] Conditions = ["a bad GI bleed", "new-onset seizures", "DKA", "an overdose", "a STEMI"];
    private static readonly string[] Places = ["Springfield", "the east side", "Maple County", "the shelter on 5th"];
    internal static readonly string[] FriendNames = ["peer_doc", "nurse_sam", "medstudent_ali", "dr_lee_example", "residency_pal"];

    /// <summary>The i-th post; posts come out newest first, as X writes them.</summary>
    internal GenPost Next(long i, long total)
    {
        var span = TimeSpan.FromDays(365.25 * years);
        // Newest first, with jitter so that days have uneven counts.
        var fraction = (i + _random.NextDouble() * 0.9) / Math.Max(1, total);
        var created = end - span * fraction;
        created = new DateTimeOffset(created.Year, created.Month, created.Day, created.Hour, created.Minute, created.Second, TimeSpan.Zero);
        var roll = _random.NextDouble();
        var risky = _random.NextDouble() < 0.08;
        var text = Fill(risky ? Pick(Risky) : Pick(Benign));
        string kind = roll < 0.62 ? "original" : roll < 0.87 ? "reply" : "repost";
        string? replyTo = null;
        var self = false;
        if (kind == "reply")
        {
            self = _random.NextDouble() < 0.3;
            replyTo = self ? null : Pick(FriendNames);
            if (replyTo is not null) text = $"@{replyTo} {text}";
        }
        else if (kind == "repost")
        {
            var author = Pick(FriendNames);
            text = $"RT @{author}: {text}";
            if (text.Length > 140) text = text[..139] + "…";
        }
        var geo = _random.NextDouble() < 0.01 ? (39.78 + _random.NextDouble() / 10, -89.65 + _random.NextDouble() / 10) : ((double, double)?)null;
        return new GenPost(1_000_000_000_000_000_000L + total - i, created, kind, text, replyTo, self, _random.NextDouble() < 0.1, geo,
            _random.Next(0, 60), _random.Next(0, 15), Direct: _random.NextDouble() < 0.02);
    }

    private string Fill(string template) => template
        .Replace("{topic}", Pick(Topics)).Replace("{point}", Pick(Points)).Replace("{specialty}", Pick(Specialties))
        .Replace("{event}", Pick(Events)).Replace("{condition}", Pick(Conditions)).Replace("{place}", Pick(Places))
        .Replace("{age}", _random.Next(19, 94).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{bed}", _random.Next(1, 30).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
