using Preround.Core.Domain;
using Preround.Planning.Contacts;
using Preround.Planning.Queue;
using Preround.Planning.Strategy;
using Preround.Storage.Entities;

namespace Preround.Storage;

/// <summary>Between the Planning records and the stored rows.</summary>
internal static class RowMapping
{
    private static DateTime Utc(DateTimeOffset t) => t.UtcDateTime;
    private static DateTime? Utc(DateTimeOffset? t) => t?.UtcDateTime;
    private static DateTimeOffset Off(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
    private static DateTimeOffset? Off(DateTime? t) => t is { } v ? Off(v) : null;

    private static T Parse<T>(string value, string what) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed)
            ? parsed
            : throw new StorageException($"The database holds an unknown {what} '{value}'; it may have been written by a newer Preround.");

    public static StrategyRow ToRow(StrategyProfile s, DateTimeOffset now) => new()
    {
        Id = 1,
        Goals = string.Join(",", s.Goals.Select(g => g.ToString())),
        Audiences = string.Join(",", s.Audiences.Select(a => a.ToString())),
        // NOTE: lane topics are free text; one per line keeps commas inside a topic intact.
        Lane = string.Join("\n", s.Lane.Select(t => t.Replace('\n', ' ').Trim())),
        Platforms = string.Join(",", s.Platforms.Select(p => p.ToString())),
        WeeklyTarget = s.WeeklyTarget,
        MinutesPerWeek = s.MinutesPerWeek,
        Role = s.Role.ToString(),
        Account = s.Account.ToString(),
        Specialty = s.Specialty,
        UpdatedAt = Utc(now),
    };

    public static StrategyProfile FromRow(StrategyRow r) => new(
        Split(r.Goals, ',').Select(g => Parse<Goal>(g, "goal")).ToList(),
        Split(r.Audiences, ',').Select(a => Parse<Audience>(a, "audience")).ToList(),
        Split(r.Lane, '\n').ToList(),
        Split(r.Platforms, ',').Select(p => Parse<Platform>(p, "platform")).ToList(),
        r.WeeklyTarget, r.MinutesPerWeek, Parse<AuthorRole>(r.Role, "role"), Parse<AccountType>(r.Account, "account type"), r.Specialty);

    public static void CopyTo(PlannedPost p, PlannedPostRow r)
    {
        r.Text = p.Text;
        r.Platform = p.Platform.ToString();
        r.PlannedAt = Utc(p.PlannedAt);
        r.Status = p.Status.ToString();
        r.Note = p.Note;
        r.CreatedAt = Utc(p.CreatedAt);
        r.UpdatedAt = Utc(p.UpdatedAt);
        r.CheckedAt = Utc(p.CheckedAt);
        r.Verdict = p.Verdict.ToString();
        r.FlaggedAt = Utc(p.FlaggedAt);
        r.HoldUntil = Utc(p.HoldUntil);
        r.HoldReason = p.HoldReason;
        r.StatusChangedAt = Utc(p.StatusChangedAt);
        r.Findings.Clear();
        r.Findings.AddRange(p.Findings.Select((f, i) => new FindingRow
        {
            Ordinal = i, RuleId = f.RuleId, Category = f.Category, Severity = f.Severity.ToString(), Confidence = f.Confidence,
            Start = f.Start, Length = f.Length, Message = f.Message, Suggestion = f.Suggestion,
        }));
    }

    public static PlannedPost FromRow(PlannedPostRow r) => new()
    {
        Id = r.Id,
        Text = r.Text,
        Platform = Parse<Platform>(r.Platform, "platform"),
        PlannedAt = Off(r.PlannedAt),
        Status = Parse<PlannedPostStatus>(r.Status, "status"),
        Note = r.Note,
        CreatedAt = Off(r.CreatedAt),
        UpdatedAt = Off(r.UpdatedAt),
        CheckedAt = Off(r.CheckedAt),
        Verdict = Parse<Verdict>(r.Verdict, "verdict"),
        FlaggedAt = Off(r.FlaggedAt),
        HoldUntil = Off(r.HoldUntil),
        HoldReason = r.HoldReason,
        StatusChangedAt = Off(r.StatusChangedAt),
        Findings = r.Findings.OrderBy(f => f.Ordinal).Select(f => new QueuedFinding(
            f.RuleId, f.Category, Parse<Severity>(f.Severity, "severity"), f.Confidence, f.Start, f.Length, f.Message, f.Suggestion)).ToList(),
    };

    public static void CopyTo(Contact c, ContactRow r)
    {
        r.Name = c.Name;
        r.Role = c.Role.ToString();
        r.Handle = c.Handle;
        r.Platform = c.Platform?.ToString();
        r.WhereMet = c.WhereMet;
        r.LastInteraction = Utc(c.LastInteraction);
        r.NextFollowUp = Utc(c.NextFollowUp);
        r.SharedUsefulContent = c.Flow.SharedUsefulContent;
        r.Engaged = c.Flow.Engaged;
        r.MovedToEmailOrMeeting = c.Flow.MovedToEmailOrMeeting;
        r.KeptInTouch = c.Flow.KeptInTouch;
        r.Thanked = c.Flow.Thanked;
        r.Notes = c.Notes;
        r.CreatedAt = Utc(c.CreatedAt);
    }

    public static Contact FromRow(ContactRow r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Role = Parse<ContactRole>(r.Role, "contact role"),
        Handle = r.Handle,
        Platform = r.Platform is null ? null : Parse<Platform>(r.Platform, "platform"),
        WhereMet = r.WhereMet,
        LastInteraction = Off(r.LastInteraction),
        NextFollowUp = Off(r.NextFollowUp),
        Flow = new ContactFlow(r.SharedUsefulContent, r.Engaged, r.MovedToEmailOrMeeting, r.KeptInTouch, r.Thanked),
        Notes = r.Notes,
        CreatedAt = Off(r.CreatedAt),
    };

    public static ContactInteraction FromRow(ContactInteractionRow r) => new(r.Id, r.ContactId, Off(r.At), r.Note, r.Source);

    private static IEnumerable<string> Split(string s, char separator) =>
        s.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
