namespace Preround.Planning.Strategy;

/// <summary>Names of goals and audiences on the command line, in JSON and in storage.</summary>
public static class StrategyWireNames
{
    private static readonly (Goal Goal, string Name)[] GoalNames =
    [
        (Goal.PatientEducation, "patient-education"),
        (Goal.ProfessionalNetworking, "networking"),
        (Goal.Advocacy, "advocacy"),
        (Goal.ResearchDissemination, "research"),
        (Goal.RecruitmentOrPracticeGrowth, "practice-growth"),
    ];

    private static readonly (Audience Audience, string Name)[] AudienceNames =
    [
        (Audience.PatientsChildrenAndParents, "patients-children"),
        (Audience.PatientsYoungAdults, "patients-18-39"),
        (Audience.PatientsMidlife, "patients-40-64"),
        (Audience.PatientsOlderAdults, "patients-65-plus"),
        (Audience.Peers, "peers"),
        (Audience.Trainees, "trainees"),
        (Audience.Public, "public"),
    ];

    /// <summary>Every goal name, in menu order.</summary>
    public static IReadOnlyList<string> Goals { get; } = GoalNames.Select(g => g.Name).ToArray();

    /// <summary>Every audience name, in menu order.</summary>
    public static IReadOnlyList<string> Audiences { get; } = AudienceNames.Select(a => a.Name).ToArray();

    public static string Name(this Goal goal) => GoalNames.First(g => g.Goal == goal).Name;

    public static string Name(this Audience audience) => AudienceNames.First(a => a.Audience == audience).Name;

    /// <summary>A goal as people say it: "patient education".</summary>
    public static string Describe(this Goal goal) => goal switch
    {
        Goal.PatientEducation => "patient education",
        Goal.ProfessionalNetworking => "professional networking",
        Goal.Advocacy => "advocacy",
        Goal.ResearchDissemination => "research dissemination",
        _ => "recruitment and practice growth",
    };

    /// <summary>An audience as people say it.</summary>
    public static string Describe(this Audience audience) => audience switch
    {
        Audience.PatientsChildrenAndParents => "patients under 18 and their parents",
        Audience.PatientsYoungAdults => "patients aged 18-39",
        Audience.PatientsMidlife => "patients aged 40-64",
        Audience.PatientsOlderAdults => "patients aged 65 and over",
        Audience.Peers => "peers",
        Audience.Trainees => "trainees",
        _ => "the public",
    };

    public static bool TryParseGoal(string? s, out Goal goal)
    {
        var key = Normalize(s);
        foreach (var (g, name) in GoalNames)
        {
            if (name == key || g.ToString().Equals(key.Replace("-", ""), StringComparison.OrdinalIgnoreCase))
            {
                goal = g;
                return true;
            }
        }

        // NOTE: the issue's own words are accepted too, so scripts can say what they mean.
        (var ok, goal) = key switch
        {
            "education" or "patient-ed" => (true, Goal.PatientEducation),
            "professional-networking" => (true, Goal.ProfessionalNetworking),
            "research-dissemination" => (true, Goal.ResearchDissemination),
            "recruitment" or "practice" or "growth" => (true, Goal.RecruitmentOrPracticeGrowth),
            _ => (false, default),
        };
        return ok;
    }

    public static bool TryParseAudience(string? s, out Audience audience)
    {
        var key = Normalize(s);
        foreach (var (a, name) in AudienceNames)
        {
            if (name == key)
            {
                audience = a;
                return true;
            }
        }

        (var ok, audience) = key switch
        {
            "parents" or "children" or "pediatric" or "paediatric" => (true, Audience.PatientsChildrenAndParents),
            "young-adults" => (true, Audience.PatientsYoungAdults),
            "midlife" or "middle-aged" => (true, Audience.PatientsMidlife),
            "older-adults" or "seniors" => (true, Audience.PatientsOlderAdults),
            "colleagues" => (true, Audience.Peers),
            "students" or "learners" => (true, Audience.Trainees),
            "general-public" => (true, Audience.Public),
            _ => (false, default),
        };
        return ok;
    }

    private static string Normalize(string? s) => (s ?? "").Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
}
