using Preround.Planning.Contacts;
using Preround.Planning.Queue;
using Preround.Planning.Review;
using Preround.Planning.Tests.Support;

namespace Preround.Planning.Tests.Contacts;

public sealed class ContactServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private readonly InMemoryPlanStore _store = new();

    private ContactService Service => new(_store, _clock);

    [Fact]
    public async Task NewContactGetsAFirstFollowUpByRole()
    {
        var peer = await Service.AddAsync(new NewContact("Dr Lee", ContactRole.Peer, "@drlee"));
        var sponsor = await Service.AddAsync(new NewContact("Dr Shah", ContactRole.Sponsor));

        Assert.Equal("drlee", peer.Handle);
        Assert.Equal(Start.AddDays(30), peer.NextFollowUp);
        Assert.Equal(Start.AddDays(90), sponsor.NextFollowUp);
    }

    [Fact]
    public async Task TouchRecordsTheInteractionTicksTheStepAndMovesTheFollowUp()
    {
        var c = await Service.AddAsync(new NewContact("Dr Lee", ContactRole.Collaborator));
        _clock.Advance(TimeSpan.FromDays(3));

        var touched = await Service.TouchAsync(c.Id, "call about the QI project", ContactFlowStep.MovedToEmailOrMeeting);

        Assert.Equal(_clock.Now, touched.LastInteraction);
        Assert.Equal(_clock.Now.AddDays(14), touched.NextFollowUp);
        Assert.True(touched.Flow.MovedToEmailOrMeeting);
        Assert.Equal(ContactFlowStep.Shared, touched.Flow.Next);
        Assert.Equal("call about the QI project", Assert.Single(await Service.InteractionsAsync(c.Id)).Note);
    }

    [Fact]
    public async Task DueListsOverdueContactsMostOverdueFirst()
    {
        await Service.AddAsync(new NewContact("Later", NextFollowUp: Start.AddDays(10)));
        await Service.AddAsync(new NewContact("Soon", NextFollowUp: Start.AddDays(2)));
        await Service.AddAsync(new NewContact("Earliest", NextFollowUp: Start.AddDays(1)));

        var due = await Service.DueAsync(Start.AddDays(5));

        Assert.Equal(["Earliest", "Soon"], due.Select(c => c.Name));
    }

    [Fact]
    public async Task LastInteractionIsFoundInTheArchive()
    {
        var c = await Service.AddAsync(new NewContact("Dr Lee", Handle: "drlee"));
        var history = new[]
        {
            new HistoryPost { Id = "1", CreatedAt = Start.AddDays(-20), Text = "hi @DrLee", Mentions = ["DrLee"] },
            new HistoryPost { Id = "2", CreatedAt = Start.AddDays(-5), Text = "thanks", Kind = HistoryPostKind.Reply, InReplyToAccount = "drlee" },
            new HistoryPost { Id = "3", CreatedAt = Start.AddDays(-1), Text = "unrelated @other", Mentions = ["other"] },
        };

        Assert.Equal(1, await Service.SyncFromHistoryAsync(history));
        Assert.Equal(Start.AddDays(-5), (await Service.GetAsync(c.Id)).LastInteraction);
        Assert.Equal(0, await Service.SyncFromHistoryAsync(history));
    }

    [Fact]
    public async Task ContactWithoutANameIsRefused() =>
        await Assert.ThrowsAsync<PlanningException>(() => Service.AddAsync(new NewContact("  ")));
}
