namespace Preround.Planning.Strategy;

/// <summary>Plain advice on a strategy before the user commits to it (too many platforms, too little time).</summary>
public static class StrategyAdvisor
{
    /// <summary>
    /// Minutes one good post costs end to end: drafting, checking, posting and answering replies.
    /// </summary>
    // NOTE: a deliberately modest figure; clinicians who plan for less tend to abandon the account within weeks.
    public const int MinutesPerPost = 30;

    /// <summary>Advice lines; empty when the plan looks sustainable.</summary>
    public static IReadOnlyList<string> Advise(StrategyProfile profile)
    {
        var advice = new List<string>();
        if (profile.Platforms.Count > 2)
        {
            advice.Add($"You chose {profile.Platforms.Count} platforms: start with one or two ({string.Join(" and ", profile.Platforms.Take(2).Select(p => p.ToString()))}) and add more once the habit holds; abandoned accounts read worse than absent ones.");
        }

        var needed = profile.WeeklyTarget * MinutesPerPost;
        if (profile.MinutesPerWeek > 0 && needed > profile.MinutesPerWeek)
        {
            var sustainable = Math.Max(1, profile.MinutesPerWeek / MinutesPerPost);
            advice.Add($"{profile.WeeklyTarget} posts a week take about {needed} minutes; you have {profile.MinutesPerWeek}. Aim for {sustainable} a week and keep it up.");
        }

        if (profile.Lane.Count == 0)
        {
            advice.Add("Name two or three topics you know well (your lane); a focused account is easier to follow and to trust.");
        }
        else if (profile.Lane.Count > 6)
        {
            advice.Add($"Your lane has {profile.Lane.Count} topics: three to five keeps it recognisable.");
        }

        if (profile.Goals.Contains(Goal.RecruitmentOrPracticeGrowth))
        {
            advice.Add("Keep promotion to about one post in five (the 80/20 rule); the rest should inform, teach or connect.");
        }

        return advice;
    }
}
