using Preround.Planning.Review;

namespace Preround.Planning.Tests.Support;

/// <summary>Synthetic posting histories with known answers. No real person or patient is in them.</summary>
internal sealed class SyntheticHistory(int seed = 7)
{
    // NOTE: neutral clinical-teaching words only: none of them, alone or paired, reads as promotion.
    private static readonly string[] Vocabulary =
    (
        "asthma inhaler spacer technique peak flow triggers pollen dust mites exercise warm cold air wheeze cough night " +
        "sleep apnea snoring weight blood pressure salt potassium kidney heart rhythm palpitations caffeine alcohol water " +
        "hydration heat summer sunscreen skin mole change shape border colour itch eczema moisturiser bath soap fragrance " +
        "vaccine schedule measles mumps rubella fever rash toddler school daycare handwashing sneeze elbow mask ventilation " +
        "window winter influenza shot antibody immunity myth fact evidence trial placebo dose statin cholesterol liver " +
        "fibre vegetables beans walking stairs posture back pain stretching desk screen eyes blink headache migraine aura " +
        "diary trigger nausea antacid reflux pillow dinner early late breakfast glucose insulin pump sensor finger " +
        "foot check shoes socks wound healing smoking quit nicotine patch gum craving week month year question answer " +
        "guideline update review summary chart study cohort outcome risk benefit harm screening colon breast cervix age " +
        "interval family history gene counselling nurse pharmacist team clinic visit question list bring medicines"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private readonly Random _random = new(seed);
    private int _id;

    public string Sentence(int words = 18) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[_random.Next(Vocabulary.Length)]));

    public HistoryPost Original(DateTimeOffset at, string? text = null, IReadOnlyList<string>? hashtags = null) => new()
    {
        Id = $"p{++_id:D6}",
        CreatedAt = at,
        Text = text ?? Sentence(_random.Next(12, 24)),
        Hashtags = hashtags ?? [],
    };

    public HistoryPost Reply(DateTimeOffset at, string account) => new()
    {
        Id = $"p{++_id:D6}",
        CreatedAt = at,
        Kind = HistoryPostKind.Reply,
        InReplyToAccount = account,
        Mentions = [account],
        Text = $"@{account} " + Sentence(10),
    };

    /// <summary>Four posts a week for 26 weeks from <paramref name="start"/> (a Monday), then one a month for six months.</summary>
    public List<HistoryPost> FourAWeekThenOneAMonth(DateTimeOffset start)
    {
        var posts = new List<HistoryPost>();
        for (var week = 0; week < 26; week++)
        {
            foreach (var day in new[] { 0, 1, 3, 5 }) posts.Add(Original(start.AddDays(7 * week + day).AddHours(9)));
        }

        for (var month = 1; month <= 6; month++) posts.Add(Original(start.AddDays(7 * 26 + 30 * month - 15).AddHours(9)));
        return posts;
    }

    /// <summary>A promotional post in one of several forms the planner should recognise.</summary>
    public string Promotional(int i) => (i % 8) switch
    {
        0 => "Now accepting new patients at our family clinic, book your appointment online today",
        1 => "Use code SPRING for 20% off our skin care consultation this month",
        2 => "My new book on sleep is out: order your copy through the link in bio",
        3 => "Thrilled to announce my new podcast on heart health, subscribe now on every app",
        4 => "Free consultation for new patients this week, call our office to schedule",
        5 => "Check out my latest video on back pain and sign up for the newsletter",
        6 => "Excited to announce that our practice now offers weekend hours, book now",
        _ => "Limited time offer on vaccinations at my practice, DM me to book",
    } + " " + Sentence(4);

    /// <summary>Evenly spread dates, one every <paramref name="hours"/> hours.</summary>
    public static DateTimeOffset At(DateTimeOffset start, int i, double hours = 30) => start.AddHours(i * hours);
}
