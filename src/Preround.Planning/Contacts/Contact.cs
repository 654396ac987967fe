using Preround.Core.Domain;

namespace Preround.Planning.Contacts;

/// <summary>Who a contact is to the user.</summary>
public enum ContactRole
{
    Peer,
    Mentor,
    Sponsor,
    Collaborator,
}

/// <summary>The healthy flow of a professional relationship, as a checklist.</summary>
/// <param name="SharedUsefulContent">Shared something useful to them (their paper, a resource they asked about).</param>
/// <param name="Engaged">Replied to or discussed their work in public.</param>
/// <param name="MovedToEmailOrMeeting">Took the conversation to e-mail, a call or a meeting.</param>
/// <param name="KeptInTouch">Followed up at least once after that.</param>
/// <param name="Thanked">Thanked them for help, an introduction or an opportunity.</param>
public sealed record ContactFlow(
    bool SharedUsefulContent = false,
    bool Engaged = false,
    bool MovedToEmailOrMeeting = false,
    bool KeptInTouch = false,
    bool Thanked = false)
{
    /// <summary>The checklist steps in order, with whether each is done.</summary>
    public IReadOnlyList<(ContactFlowStep Step, bool Done)> Steps =>
    [
        (ContactFlowStep.Shared, SharedUsefulContent), (ContactFlowStep.Engaged, Engaged),
        (ContactFlowStep.MovedToEmailOrMeeting, MovedToEmailOrMeeting), (ContactFlowStep.KeptInTouch, KeptInTouch),
        (ContactFlowStep.Thanked, Thanked),
    ];

    /// <summary>The first step not yet done, or null when all are.</summary>
    public ContactFlowStep? Next => Steps.Where(s => !s.Done).Select(s => (ContactFlowStep?)s.Step).FirstOrDefault();

    /// <summary>This flow with <paramref name="step"/> ticked.</summary>
    public ContactFlow With(ContactFlowStep step) => step switch
    {
        ContactFlowStep.Shared => this with { SharedUsefulContent = true },
        ContactFlowStep.Engaged => this with { Engaged = true },
        ContactFlowStep.MovedToEmailOrMeeting => this with { MovedToEmailOrMeeting = true },
        ContactFlowStep.KeptInTouch => this with { KeptInTouch = true },
        _ => this with { Thanked = true },
    };
}

/// <summary>One step of <see cref="ContactFlow"/>.</summary>
public enum ContactFlowStep
{
    Shared,
    Engaged,
    MovedToEmailOrMeeting,
    KeptInTouch,
    Thanked,
}

/// <summary>A person in the user's professional network.</summary>
public sealed record Contact
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public ContactRole Role { get; init; } = ContactRole.Peer;

    /// <summary>Their handle on <see cref="Platform"/>, without a leading @; used to find interactions in archives.</summary>
    public string? Handle { get; init; }

    public Platform? Platform { get; init; }

    /// <summary>Where the user met them (a conference, a committee, online).</summary>
    public string? WhereMet { get; init; }

    public DateTimeOffset? LastInteraction { get; init; }

    /// <summary>When to reach out next; null when nothing is planned.</summary>
    public DateTimeOffset? NextFollowUp { get; init; }

    public ContactFlow Flow { get; init; } = new();

    public string? Notes { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>True when a follow-up is planned at or before <paramref name="asOf"/>.</summary>
    public bool IsDue(DateTimeOffset asOf) => NextFollowUp is { } next && next <= asOf;
}

/// <summary>One dated interaction with a contact: a note the user wrote, or one found in an archive.</summary>
public sealed record ContactInteraction(long Id, long ContactId, DateTimeOffset At, string Note, string Source);
