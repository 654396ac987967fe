using Preround.Planning.Review;

namespace Preround.Bench.Planning;

/// <summary>
/// A synthetic posting history of any size, shaped like a busy clinician's account: originals with hashtags, replies
/// to many accounts, reposts, some promotion and a few templates posted again and again, with like and repost counts.
/// No real person or patient is in it.
/// </summary>
internal static class ReviewHistory
{
    private static readonly string[] Words =
    (
        "asthma inhaler spacer technique peak flow triggers pollen exercise cold air wheeze cough night sleep apnea snoring " +
        "weight blood pressure salt potassium kidney heart rhythm palpitations caffeine alcohol water hydration heat sunscreen " +
        "skin mole eczema vaccine schedule measles fever rash toddler school handwashing mask ventilation influenza shot " +
        "antibody immunity myth fact evidence trial placebo dose statin cholesterol liver fibre vegetables walking stairs " +
        "posture back pain stretching screen headache migraine diary nausea reflux glucose insulin sensor foot wound smoking " +
        "nicotine craving guideline update review summary study cohort outcome risk benefit harm screening colon breast"
    ).Split(' ');

    private static readonly string[] Tags = ["HeartFailure", "MedEd", "Asthma", "Vaccines", "Diabetes", "FOAMed", "Sleep", "Statins"];

    public static List<HistoryPost> Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2015, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var step = TimeSpan.FromDays(3650.0 / count);
        var posts = new List<HistoryPost>(count);
        for (var i = 0; i < count; i++)
        {
            var at = start + step * i + TimeSpan.FromMinutes(random.Next(0, 600));
            var roll = random.Next(100);
            var text = roll switch
            {
                < 5 => "Reminder: the flu shot protects you and the people around you, ask at the front desk " + Words[random.Next(Words.Length)],
                < 15 => "Now accepting new patients, book your appointment online: " + Sentence(random, 8),
                _ => Sentence(random, random.Next(10, 35)),
            };
            posts.Add(roll switch
            {
                < 60 => new HistoryPost
                {
                    Id = i.ToString(), CreatedAt = at, Text = text, Hashtags = random.Next(3) == 0 ? [Tags[random.Next(Tags.Length)]] : [],
                    LikeCount = random.Next(0, 50), RepostCount = random.Next(0, 10),
                },
                < 85 => new HistoryPost
                {
                    Id = i.ToString(), CreatedAt = at, Text = text, Kind = HistoryPostKind.Reply,
                    InReplyToAccount = "peer" + random.Next(400), Mentions = ["peer" + random.Next(400)],
                },
                _ => new HistoryPost { Id = i.ToString(), CreatedAt = at, Text = text, Kind = HistoryPostKind.Repost, RepostOf = "colleague" + random.Next(100) },
            });
        }

        return posts;
    }

    private static string Sentence(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}
