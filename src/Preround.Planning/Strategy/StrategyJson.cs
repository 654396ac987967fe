using System.Text.Json;
using Preround.Core.Domain;

namespace Preround.Planning.Strategy;

/// <summary>
/// The strategy profile as JSON: <c>{goals[], audiences[], lane[], platforms[], weekly_target, minutes_per_week, role,
/// account, specialty, advice[]}</c>, with the wire names <c>plan init</c> accepts.
/// </summary>
public static class StrategyJson
{
    public static void Write(Utf8JsonWriter w, StrategyProfile s)
    {
        w.WriteStartObject();
        Strings(w, "goals", s.Goals.Select(g => g.Name()));
        Strings(w, "audiences", s.Audiences.Select(a => a.Name()));
        Strings(w, "lane", s.Lane);
        Strings(w, "platforms", s.Platforms.Select(p => p.Name()));
        w.WriteNumber("weekly_target", s.WeeklyTarget);
        w.WriteNumber("minutes_per_week", s.MinutesPerWeek);
        w.WriteString("role", s.Role.Name());
        w.WriteString("account", s.Account.Name());
        if (s.Specialty is null) w.WriteNull("specialty"); else w.WriteString("specialty", s.Specialty);
        Strings(w, "advice", StrategyAdvisor.Advise(s));
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
