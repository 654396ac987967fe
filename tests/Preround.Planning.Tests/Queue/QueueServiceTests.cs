using Preround.Core.Domain;
using Preround.Planning.Queue;
using Preround.Planning.Strategy;
using Preround.Planning.Tests.Support;

namespace Preround.Planning.Tests.Queue;

public sealed class QueueServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 21, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private readonly InMemoryPlanStore _store = new();
    private readonly KeywordChecker _checker = new();

    private QueueService Service(CoolingOffPolicy? policy = null) => new(_store, _checker, _clock, policy);

    private static NewPlannedPost Post(string text) => new(text, Platform.Bluesky, Start.AddDays(2));

    [Fact]
    public async Task AddedDraftIsCheckedAndItsFindingsAreKept()
    {
        var post = await Service().AddAsync(Post("Patient in bed 4 recovered well"));

        Assert.Equal(PlannedPostStatus.Queued, post.Status);
        Assert.Equal(Verdict.Block, post.Verdict);
        var finding = Assert.Single(post.Findings);
        Assert.Equal(RuleCategories.Privacy, finding.Category);
        Assert.Equal(11, finding.Start);
        Assert.Equal(Start, post.CheckedAt);
        Assert.Null(post.HoldUntil);
        Assert.Equal(post, await _store.GetPostAsync(post.Id));
    }

    [Fact]
    public async Task DraftIsCheckedAsTheStrategyAuthor()
    {
        await _store.SaveStrategyAsync(new StrategyProfile([Goal.Advocacy], [Audience.Public], [], [Platform.X], 2, 60, AuthorRole.Nurse, AccountType.Personal));

        await Service().AddAsync(Post("Hand hygiene saves lives"));

        var draft = Assert.Single(_checker.Seen);
        Assert.Equal(AuthorRole.Nurse, draft.Author.Role);
        Assert.Equal(AccountType.Personal, draft.Author.Account);
        Assert.Equal(Platform.Bluesky, draft.Platform);
    }

    [Theory]
    [InlineData("These idiots in admin again", "venting")]
    [InlineData("What a moron that commenter is", "personal attack")]
    [InlineData("The senator is a disgrace", "partisan combat")]
    [InlineData("I am quitting this hospital tomorrow", "career oversharing")]
    public async Task FlaggedDraftCannotBeMarkedReadyDuringCoolingOff(string text, string category)
    {
        var service = Service();
        var post = await service.AddAsync(Post(text));
        Assert.Equal(Start.AddHours(12), post.HoldUntil);

        _clock.Advance(TimeSpan.FromHours(11.9));
        var error = await Assert.ThrowsAsync<CoolingOffException>(() => service.MarkReadyAsync(post.Id));

        Assert.Equal(Start.AddHours(12), error.HoldUntil);
        Assert.Contains(category, error.Reason);
        Assert.Contains("sleep on it", error.Message);
        Assert.Equal(PlannedPostStatus.Queued, (await service.GetAsync(post.Id)).Status);
    }

    [Fact]
    public async Task FlaggedDraftCanBeMarkedReadyOnceTheHoldHasPassed()
    {
        var service = Service();
        var post = await service.AddAsync(Post("These idiots in admin again"));

        _clock.Advance(TimeSpan.FromHours(12));
        var ready = await service.MarkReadyAsync(post.Id);

        Assert.Equal(PlannedPostStatus.Ready, ready.Status);
        Assert.Equal(_clock.Now, ready.StatusChangedAt);
    }

    [Fact]
    public async Task HoldLengthFollowsThePolicy()
    {
        var service = Service(new CoolingOffPolicy(TimeSpan.FromHours(2)));
        var post = await service.AddAsync(Post("These idiots in admin again"));

        Assert.Equal(Start.AddHours(2), post.HoldUntil);
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(PlannedPostStatus.Ready, (await service.MarkReadyAsync(post.Id)).Status);
    }

    [Fact]
    public async Task InfoFindingInACoolingOffCategoryDoesNotHold()
    {
        var post = await Service().AddAsync(Post("hmm, a quiet night on call"));

        Assert.Null(post.HoldUntil);
        Assert.Equal(PlannedPostStatus.Ready, (await Service().MarkReadyAsync(post.Id)).Status);
    }

    [Fact]
    public async Task RewordingThatStillVentsKeepsTheOriginalHold()
    {
        var service = Service();
        var post = await service.AddAsync(Post("These idiots in admin again"));

        _clock.Advance(TimeSpan.FromHours(6));
        var edited = await service.EditAsync(post.Id, new PlannedPostEdit(Text: "Those idiots in admin, again"));

        Assert.Equal(Start.AddHours(12), edited.HoldUntil);
        Assert.Equal(_clock.Now, edited.CheckedAt);
    }

    [Fact]
    public async Task RewordingThatNoLongerVentsLiftsTheHold()
    {
        var service = Service();
        var post = await service.AddAsync(Post("These idiots in admin again"));

        var edited = await service.EditAsync(post.Id, new PlannedPostEdit(Text: "Admin changed the rota again; here is how we coped"));

        Assert.Null(edited.HoldUntil);
        Assert.Null(edited.HoldReason);
        Assert.Empty(edited.Findings);
        Assert.Equal(PlannedPostStatus.Ready, (await service.MarkReadyAsync(post.Id)).Status);
    }

    [Fact]
    public async Task ReadyPostEditedIntoVentingGoesBackToTheQueue()
    {
        var service = Service();
        var post = await service.AddAsync(Post("Flu clinic opens Monday"));
        await service.MarkReadyAsync(post.Id);

        var edited = await service.EditAsync(post.Id, new PlannedPostEdit(Text: "Flu clinic opens Monday, no thanks to the idiots upstairs"));

        Assert.Equal(PlannedPostStatus.Queued, edited.Status);
        Assert.Equal(_clock.Now.AddHours(12), edited.HoldUntil);
    }

    [Fact]
    public async Task EditOfTimeAloneDoesNotRecheck()
    {
        var service = Service();
        var post = await service.AddAsync(Post("Flu clinic opens Monday"));
        _checker.Seen.Clear();

        var edited = await service.EditAsync(post.Id, new PlannedPostEdit(PlannedAt: Start.AddDays(5)));

        Assert.Empty(_checker.Seen);
        Assert.Equal(Start.AddDays(5), edited.PlannedAt);
    }

    [Fact]
    public async Task BlockFindingsNeedConfirmationBeforeReady()
    {
        var service = Service();
        var post = await service.AddAsync(Post("Patient in bed 4 recovered well"));

        var error = await Assert.ThrowsAsync<BlockFindingsException>(() => service.MarkReadyAsync(post.Id));
        Assert.Equal(["T.privacy"], error.Rules);

        Assert.Equal(PlannedPostStatus.Ready, (await service.MarkReadyAsync(post.Id, acceptBlockFindings: true)).Status);
    }

    [Fact]
    public async Task HeldDraftCannotBeMarkedDone()
    {
        var service = Service();
        var post = await service.AddAsync(Post("The senator is a disgrace"));

        await Assert.ThrowsAsync<CoolingOffException>(() => service.MarkDoneAsync(post.Id));
    }

    [Fact]
    public async Task DoneAndDroppedPostsCannotBeEditedOrMovedAgain()
    {
        var service = Service();
        var a = await service.AddAsync(Post("Flu clinic opens Monday"));
        var b = await service.AddAsync(Post("Sleep hygiene tips for night shifts"));
        await service.MarkDoneAsync(a.Id);
        await service.DropAsync(b.Id);

        await Assert.ThrowsAsync<PlanningException>(() => service.EditAsync(a.Id, new PlannedPostEdit(Text: "x")));
        await Assert.ThrowsAsync<PlanningException>(() => service.MarkReadyAsync(b.Id));
        await Assert.ThrowsAsync<PlanningException>(() => service.DropAsync(a.Id));
        Assert.Empty(await service.ListAsync());
        Assert.Equal(2, (await service.ListAsync(QueueFilter.All)).Count);
    }

    [Fact]
    public async Task UnknownPostIsReportedByNumber()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => Service().MarkReadyAsync(42));
        Assert.Contains("42", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyDraftIsRefused(string text)
    {
        await Assert.ThrowsAsync<PlanningException>(() => Service().AddAsync(Post(text)));
        Assert.Empty(await _store.ListPostsAsync(QueueFilter.All));
    }

    [Fact]
    public async Task OversizedDraftIsRefused()
    {
        var error = await Assert.ThrowsAsync<PlanningException>(() => Service().AddAsync(Post(new string('a', Draft.MaxLength + 1))));
        Assert.Contains("100,000", error.Message);
    }

    [Fact]
    public async Task ImportIsAllOrNothingWhenOneDraftIsInvalid()
    {
        await Assert.ThrowsAsync<PlanningException>(() => Service().AddManyAsync([Post("Fine post"), Post("")]));
        Assert.Empty(await _store.ListPostsAsync(QueueFilter.All));
    }
}
