using Preround.Core.Domain;

namespace Preround.Audit.Profile;

/// <summary>How one item of the profile checklist stands.</summary>
public enum ChecklistStatus
{
    /// <summary>Done well.</summary>
    Pass,

    /// <summary>Needs attention.</summary>
    Fail,

    /// <summary>Cannot be told from the text (a photo when only the bio was given).</summary>
    Check,
}

/// <summary>One line of the profile checklist: informative, concise, who and what, accurate credentials, professional photo.</summary>
public sealed record ChecklistItem(string Name, ChecklistStatus Status, string Note);

/// <summary>The bio audit: findings with spans into <see cref="Bio"/>, and the checklist.</summary>
public sealed record ProfileAuditResult(Platform Platform, string Bio, IReadOnlyList<Finding> Findings, IReadOnlyList<ChecklistItem> Checklist)
{
    /// <summary>The handle the profile belongs to, when known.</summary>
    public string? Handle { get; init; }

    public Verdict Verdict { get; } = CheckResult.ComputeVerdict(Findings);
}

/// <summary>Writes a profile audit as JSON (shared by <c>preround profile --format json</c> and the audit report).</summary>
public static class ProfileJson
{
    public static void Write(System.Text.Json.Utf8JsonWriter json, ProfileAuditResult result)
    {
        json.WriteStartObject();
        json.WriteString("platform", result.Platform.Name());
        if (result.Handle is not null) json.WriteString("handle", result.Handle);
        json.WriteString("bio", result.Bio);
        json.WriteString("verdict", result.Verdict.Name());
        json.WriteStartArray("findings");
        foreach (var f in result.Findings) Reports.JsonReportWriter.WriteFinding(json, f);
        json.WriteEndArray();
        json.WriteStartArray("checklist");
        foreach (var item in result.Checklist)
        {
            json.WriteStartObject();
            json.WriteString("item", item.Name);
            json.WriteString("status", item.Status.ToString().ToLowerInvariant());
            json.WriteString("note", item.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
