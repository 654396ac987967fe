using Microsoft.EntityFrameworkCore;
using Preround.Core.Domain;
using Preround.Planning.Contacts;
using Preround.Planning.Queue;
using Preround.Planning.Strategy;

namespace Preround.Storage.Tests;

/// <summary>The same tests on SQLite and on PostgreSQL.</summary>
public sealed class StorageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 21, 15, 30, 123, TimeSpan.Zero);

    private static async Task<(TestDatabase Test, PlanningDatabase Db, FixedClock Clock)> OpenAsync(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        var clock = new FixedClock(Now);
        var db = PlanningDatabase.Open(test.Location, clock);
        await db.MigrateAsync();
        return (test, db, clock);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task QueuedPostRoundTripsWithItsFindingsAndHold(string provider)
    {
        var (test, db, clock) = await OpenAsync(provider);
        await using var _ = test;
        var queue = new QueueService(db.Plans, new FakeChecker(), clock);

        var added = await queue.AddAsync(new NewPlannedPost("Those idiots moved the patient in bed 4 again", Platform.Mastodon,
            new DateTimeOffset(2026, 3, 4, 8, 30, 0, TimeSpan.FromHours(-5)), "calm down first"));
        var read = await queue.GetAsync(added.Id);

        Assert.True(added.Id > 0);
        Assert.Equal(added.Text, read.Text);
        Assert.Equal(Platform.Mastodon, read.Platform);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 13, 30, 0, TimeSpan.Zero), read.PlannedAt);
        Assert.Equal(TimeSpan.Zero, read.PlannedAt.Offset);
        Assert.Equal("calm down first", read.Note);
        Assert.Equal(Verdict.Block, read.Verdict);
        Assert.Equal(added.Findings, read.Findings);
        Assert.Equal([RuleCategories.Venting, RuleCategories.Privacy], read.Findings.Select(f => f.Category));
        Assert.Equal(Now, read.CheckedAt);
        Assert.Equal(Now.AddHours(12), read.HoldUntil);
        Assert.Contains("venting", read.HoldReason);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EditReplacesStoredFindingsAndStatusChangesPersist(string provider)
    {
        var (test, db, clock) = await OpenAsync(provider);
        await using var _ = test;
        var queue = new QueueService(db.Plans, new FakeChecker(), clock);
        var post = await queue.AddAsync(new NewPlannedPost("Those idiots again", Platform.X, Now.AddDays(1)));

        await queue.EditAsync(post.Id, new PlannedPostEdit(Text: "Rota changed again; how our team adapted"));
        await queue.MarkReadyAsync(post.Id);
        clock.Now = Now.AddDays(1);
        await queue.MarkDoneAsync(post.Id);
        var read = await queue.GetAsync(post.Id);

        Assert.Empty(read.Findings);
        Assert.Null(read.HoldUntil);
        Assert.Equal(PlannedPostStatus.Done, read.Status);
        Assert.Equal(Now.AddDays(1), read.StatusChangedAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListFiltersByStatusAndTimeInPlannedOrder(string provider)
    {
        var (test, db, clock) = await OpenAsync(provider);
        await using var _ = test;
        var queue = new QueueService(db.Plans, new FakeChecker(), clock);
        var posts = await queue.AddManyAsync(
        [
            new NewPlannedPost("third", Platform.X, Now.AddDays(3)),
            new NewPlannedPost("first", Platform.X, Now.AddDays(1)),
            new NewPlannedPost("second", Platform.X, Now.AddDays(2)),
            new NewPlannedPost("dropped", Platform.X, Now.AddDays(2)),
        ]);
        await queue.DropAsync(posts[3].Id);

        var open = await queue.ListAsync();
        var window = await queue.ListAsync(new QueueFilter(From: Now.AddDays(2), To: Now.AddDays(3)));
        var dropped = await queue.ListAsync(new QueueFilter([PlannedPostStatus.Dropped]));

        Assert.Equal(["first", "second", "third"], open.Select(p => p.Text));
        Assert.Equal(["second", "dropped"], window.Select(p => p.Text));
        Assert.Equal("dropped", Assert.Single(dropped).Text);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StrategyIsSavedOnceAndReplaced(string provider)
    {
        var (test, db, _) = await OpenAsync(provider);
        await using var __ = test;
        var first = new StrategyProfile([Goal.PatientEducation], [Audience.PatientsOlderAdults, Audience.Public], ["heart failure", "salt, water and you"],
            [Platform.Bluesky], 3, 120, AuthorRole.Np, AccountType.Professional, "cardiology");
        var second = first with { Goals = [Goal.Advocacy, Goal.ResearchDissemination], WeeklyTarget = 2, Lane = [] };

        Assert.Null(await db.Plans.GetStrategyAsync());
        await db.Plans.SaveStrategyAsync(first);
        var read = await db.Plans.GetStrategyAsync();
        await db.Plans.SaveStrategyAsync(second);
        var replaced = await db.Plans.GetStrategyAsync();

        Assert.Equal(first.Goals, read!.Goals);
        Assert.Equal(first.Audiences, read.Audiences);
        Assert.Equal(first.Lane, read.Lane);
        Assert.Equal("cardiology", read.Specialty);
        Assert.Equal(AuthorRole.Np, read.Role);
        Assert.Equal(second.Goals, replaced!.Goals);
        Assert.Equal(2, replaced.WeeklyTarget);
        Assert.Empty(replaced.Lane);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ContactsKeepTheirFlowAndInteractions(string provider)
    {
        var (test, db, clock) = await OpenAsync(provider);
        await using var _ = test;
        var contacts = new ContactService(db.Contacts, clock);
        var added = await contacts.AddAsync(new NewContact("Dr Ana Rivera", ContactRole.Mentor, "@arivera", Platform.Bluesky, "ACC 2025 poster hall"));

        clock.Now = Now.AddDays(2);
        await contacts.TouchAsync(added.Id, "sent her our pre-print", ContactFlowStep.Shared);
        var read = await contacts.GetAsync(added.Id);
        var interactions = await contacts.InteractionsAsync(added.Id);

        Assert.Equal("arivera", read.Handle);
        Assert.Equal(ContactRole.Mentor, read.Role);
        Assert.True(read.Flow.SharedUsefulContent);
        Assert.Equal(ContactFlowStep.Engaged, read.Flow.Next);
        Assert.Equal(Now.AddDays(2), read.LastInteraction);
        Assert.Equal(Now.AddDays(62), read.NextFollowUp);
        Assert.Equal("sent her our pre-print", Assert.Single(interactions).Note);
        Assert.Empty(await contacts.DueAsync(Now.AddDays(61)));
        Assert.Single(await contacts.DueAsync(Now.AddDays(62)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrationsAreAppliedOnceAndNoneArePending(string provider)
    {
        var (test, db, _) = await OpenAsync(provider);
        await using var __ = test;

        await db.MigrateAsync();

        Assert.Equal(["InitialQueue", "ContactsAndQueueNotes"], (await db.AppliedMigrationsAsync()).Select(m => m[(m.IndexOf('_') + 1)..]));
        Assert.Empty(await db.PendingMigrationsAsync());
        await using var ctx = db.CreateContext();
        Assert.False(ctx.Database.HasPendingModelChanges(), "the model changed without a migration: add one (docs/storage.md)");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpgradeFromTheFirstSchemaKeepsTheQueue(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await using var _ = test;
        var db = PlanningDatabase.Open(test.Location, new FixedClock(Now));
        if (test.Location.Provider == StorageProvider.Sqlite) Directory.CreateDirectory(Path.GetDirectoryName(test.Location.Target)!);
        await db.MigrateToAsync("InitialQueue");

        // What an install of the first release wrote: the queue table had no note or status_changed_at yet.
        await using (var ctx = db.CreateContext())
        {
            var planned = new DateTime(2026, 3, 5, 14, 0, 0, DateTimeKind.Utc);
            var created = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
            await ctx.Database.ExecuteSqlAsync($"""
                INSERT INTO planned_posts (text, platform, planned_at, status, created_at, updated_at, checked_at, verdict, flagged_at, hold_until, hold_reason)
                VALUES ({"Flu shots: who, when, why"}, {"Bluesky"}, {planned}, {"Ready"}, {created}, {created}, {created}, {"Warn"}, {null as DateTime?}, {null as DateTime?}, {null as string})
                """);
            await ctx.Database.ExecuteSqlAsync($"""
                INSERT INTO planned_post_findings (planned_post_id, ordinal, rule_id, category, severity, confidence, start, length, message, suggestion)
                VALUES ({1L}, {0}, {"PR4001"}, {"platform_fit"}, {"Warn"}, {0.8}, {0}, {9}, {"'Flu shots' may need a source"}, {null as string})
                """);
            await ctx.Database.ExecuteSqlAsync($"INSERT INTO strategy (id, goals, audiences, lane, platforms, weekly_target, minutes_per_week, role, account, specialty, updated_at) VALUES ({1}, {"PatientEducation"}, {"Public"}, {"vaccines"}, {"Bluesky"}, {2}, {60}, {"Nurse"}, {"Professional"}, {null as string}, {created})");
        }

        Assert.Equal(["ContactsAndQueueNotes"], (await db.PendingMigrationsAsync()).Select(m => m[(m.IndexOf('_') + 1)..]));
        await db.MigrateAsync();

        var post = Assert.Single(await db.Plans.ListPostsAsync(QueueFilter.All));
        Assert.Equal("Flu shots: who, when, why", post.Text);
        Assert.Equal(PlannedPostStatus.Ready, post.Status);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 14, 0, 0, TimeSpan.Zero), post.PlannedAt);
        Assert.Null(post.Note);
        Assert.Equal("PR4001", Assert.Single(post.Findings).RuleId);
        Assert.Equal(["vaccines"], (await db.Plans.GetStrategyAsync())!.Lane);
        Assert.Empty(await db.Contacts.ListContactsAsync());
    }

    [Fact]
    public async Task UnreachableDatabaseGivesAClearError()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preround-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, "not-a-db.db");
            await File.WriteAllTextAsync(path, "this is not a SQLite file, and it must stay as it is");
            var db = PlanningDatabase.Open(new StorageLocation(StorageProvider.Sqlite, path, "--db"));

            var error = await Assert.ThrowsAsync<StorageException>(() => db.MigrateAsync());

            Assert.Contains(path, error.Message);
            Assert.Contains("--db", error.Message);
            Assert.Equal("this is not a SQLite file, and it must stay as it is", await File.ReadAllTextAsync(path));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
