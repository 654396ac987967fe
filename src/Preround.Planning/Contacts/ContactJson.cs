using System.Text.Json;
using Preround.Core.Domain;

namespace Preround.Planning.Contacts;

/// <summary>
/// A contact as JSON: <c>{id, name, role, handle, platform, where_met, last_interaction, next_follow_up, due, flow{…},
/// next_step, notes}</c>; <c>next_step</c> is the first healthy-flow step not yet done (null when all are).
/// </summary>
public static class ContactJson
{
    /// <summary>The wire name of each checklist step (also what <c>contacts touch --step</c> accepts).</summary>
    public static string Name(this ContactFlowStep step) => step switch
    {
        ContactFlowStep.Shared => "shared",
        ContactFlowStep.Engaged => "engaged",
        ContactFlowStep.MovedToEmailOrMeeting => "meeting",
        ContactFlowStep.KeptInTouch => "kept-in-touch",
        _ => "thanked",
    };

    /// <summary>A step from its wire name (<c>email</c> is accepted for <c>meeting</c>).</summary>
    public static bool TryParseStep(string? s, out ContactFlowStep step)
    {
        var key = (s ?? "").Trim().ToLowerInvariant();
        (var ok, step) = key switch
        {
            "shared" => (true, ContactFlowStep.Shared),
            "engaged" => (true, ContactFlowStep.Engaged),
            "meeting" or "email" => (true, ContactFlowStep.MovedToEmailOrMeeting),
            "kept-in-touch" => (true, ContactFlowStep.KeptInTouch),
            "thanked" => (true, ContactFlowStep.Thanked),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>What to do next, as people say it.</summary>
    public static string Describe(this ContactFlowStep? step) => step switch
    {
        ContactFlowStep.Shared => "share something useful to them",
        ContactFlowStep.Engaged => "engage with their work",
        ContactFlowStep.MovedToEmailOrMeeting => "move to e-mail or a meeting",
        ContactFlowStep.KeptInTouch => "keep in touch",
        ContactFlowStep.Thanked => "thank them",
        _ => "all done; keep in touch",
    };

    public static void Write(Utf8JsonWriter w, Contact c, DateTimeOffset now)
    {
        w.WriteStartObject();
        w.WriteNumber("id", c.Id);
        w.WriteString("name", c.Name);
        w.WriteString("role", c.Role.ToString().ToLowerInvariant());
        Nullable(w, "handle", c.Handle);
        Nullable(w, "platform", c.Platform?.Name());
        Nullable(w, "where_met", c.WhereMet);
        if (c.LastInteraction is { } last) w.WriteString("last_interaction", last); else w.WriteNull("last_interaction");
        if (c.NextFollowUp is { } next) w.WriteString("next_follow_up", next); else w.WriteNull("next_follow_up");
        w.WriteBoolean("due", c.IsDue(now));
        w.WriteStartObject("flow");
        foreach (var (step, done) in c.Flow.Steps) w.WriteBoolean(step.Name(), done);
        w.WriteEndObject();
        Nullable(w, "next_step", c.Flow.Next?.Name());
        Nullable(w, "notes", c.Notes);
        w.WriteEndObject();
    }

    public static void WriteInteraction(Utf8JsonWriter w, ContactInteraction i)
    {
        w.WriteStartObject();
        w.WriteNumber("id", i.Id);
        w.WriteString("at", i.At);
        w.WriteString("note", i.Note);
        w.WriteString("source", i.Source);
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
