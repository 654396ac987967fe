namespace Preround.Bench.Platforms;

/// <summary>
/// Tweet-sized synthetic posts (no patient details): plain prose, links, hashtags, mentions, emoji and CJK, the mix
/// clinicians write. The same 8 posts are written to tweet-posts.json by <c>--export-posts</c> so the npm
/// twitter-text timing script measures exactly the same input.
/// </summary>
internal static class TweetPosts
{
    public static readonly string[] All =
    [
        "Reminder for residents: hand hygiene audits start Monday. Gel in, gel out, every room, every time. Questions to the IPC team.",
        "New ACC/AHA heart failure guideline summary is out https://www.acc.org/guidelines/hub/heart-failure worth a read before journal club #cardiology",
        "Great grand rounds today from @DrLeeID on stewardship: shorter courses are usually better, e.g. 5 days for CAP. Slides soon.",
        "Flu clinic open Saturday 9-1 at the community centre 💉 Bring your card. No appointment needed. 👩🏽‍⚕️👨‍⚕️",
        "Night float tip: write the to-do list before sign-out, not after. Your future self will thank you 🙏 #MedEd #residency",
        "研修医のみなさん、今週の症例検討会は木曜日です。資料は事前に確認してください。",
        "Pharmacy update: metformin ER shortage easing; check https://www.ashp.org/drug-shortages/current-shortages before switching anyone. $CVS",
        "Proud of our nurses this week ❤️ 12-hour shifts, a full census and still time to teach the students. Thank you all! #NursesWeek",
    ];

    /// <summary>Writes <see cref="All"/> as a JSON array of strings to <paramref name="path"/>.</summary>
    public static void Export(string path) =>
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(All));
}
