using Preround.Core.Domain;
using Preround.Planning.Contacts;
using Preround.Planning.Review;
using Preround.Planning.Strategy;
using Preround.Planning.Tests.Support;

namespace Preround.Planning.Tests.Review;

public sealed class ReviewAnalyzerTests
{
    private static readonly DateTimeOffset Monday = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero); // ISO 2025-W02
    private readonly SyntheticHistory _h = new();

    private static ReviewReport Review(IReadOnlyList<HistoryPost> history, DateTimeOffset? asOf = null, StrategyProfile? strategy = null,
        IReadOnlyList<Contact>? contacts = null) =>
        ReviewAnalyzer.Analyze(new ReviewInput
        {
            History = history,
            AsOf = asOf ?? history.Max(p => p.CreatedAt).AddDays(1),
            Strategy = strategy,
            Contacts = contacts ?? [],
            TimeZone = TimeZoneInfo.Utc,
        });

    private static StrategyProfile Strategy(int target = 3, params string[] lane) =>
        new([Goal.PatientEducation, Goal.ProfessionalNetworking], [Audience.PatientsMidlife], lane, [Platform.Bluesky], target, 120, AuthorRole.Attending, AccountType.Professional);

    [Fact]
    public void DropFromFourAWeekToOneAMonthIsDetectedWhereItHappened()
    {
        var report = Review(_h.FourAWeekThenOneAMonth(Monday));

        var drop = Assert.IsType<DropOff>(report.Cadence.DropOff);
        Assert.Equal("2025-W28", drop.Week); // 26 weeks after 2025-W02
        Assert.Equal(4.0, drop.BeforePerWeek, 1);
        Assert.InRange(drop.AfterPerWeek, 0.15, 0.3);
        var cadence = Assert.Single(report.Actions, a => a.Area == "cadence");
        Assert.Matches(@"fell from 4 a week to 1(\.[0-9])? a month from 2025-W28", cadence.Text);
    }

    [Fact]
    public void WeeklyCountsAreIsoWeeksIncludingEmptyWeeks()
    {
        var report = Review(_h.FourAWeekThenOneAMonth(Monday));
        var weeks = report.Cadence.Weeks;

        Assert.Equal("2025-W02", weeks[0].Week);
        Assert.Equal(4, weeks[0].Posts);
        Assert.Equal(Enumerable.Range(0, weeks.Count).Select(i => DateOnly.FromDateTime(Monday.DateTime).AddDays(7 * i)), weeks.Select(w => w.Start));
        Assert.Equal(26 * 4 + 6, weeks.Sum(w => w.Posts));
        Assert.Contains(weeks, w => w.Posts == 0);
    }

    [Fact]
    public void IsoWeekLabelsCrossTheYearBoundaryCorrectly()
    {
        // 2024-12-30 (Monday) belongs to ISO week 2025-W01; 2021-01-03 (Sunday) to 2020-W53.
        Assert.Equal("2025-W01", IsoWeeks.Label(IsoWeeks.WeekStart(new DateOnly(2024, 12, 31))));
        Assert.Equal("2020-W53", IsoWeeks.Label(IsoWeeks.WeekStart(new DateOnly(2021, 1, 3))));
    }

    [Fact]
    public void SteadyPostingHasNoDropOff()
    {
        var posts = Enumerable.Range(0, 3 * 40).Select(i => _h.Original(Monday.AddDays(i * 7 / 3.0))).ToList();

        var report = Review(posts);

        Assert.Null(report.Cadence.DropOff);
        Assert.Empty(report.Cadence.Gaps);
    }

    [Fact]
    public void MonthlySilencesAfterTheDropAreGapsAndTheCurrentSilenceIsOngoing()
    {
        var posts = _h.FourAWeekThenOneAMonth(Monday);
        var report = Review(posts, asOf: posts[^1].CreatedAt.AddDays(40));

        Assert.Equal(7, report.Cadence.GapCount); // 6 monthly silences after the drop + the one still going on
        var ongoing = Assert.Single(report.Cadence.Gaps, g => g.Ongoing);
        Assert.Equal(40, ongoing.Days, 3);
    }

    [Fact]
    public void FortyPercentPromotionalIsMeasuredAgainstTheEightyTwentyRule()
    {
        var posts = Enumerable.Range(0, 100)
            .Select(i => _h.Original(SyntheticHistory.At(Monday, i), i % 5 < 2 ? _h.Promotional(i) : null)).ToList();

        var report = Review(posts);

        Assert.Equal(100, report.Promotion.Considered);
        Assert.Equal(40, report.Promotion.Promotional);
        Assert.Equal(0.4, report.Promotion.Share, 3);
        Assert.True(report.Promotion.OverLimit);
        Assert.Contains(report.Actions, a => a.Area == "promotion" && a.Text.Contains("40%", StringComparison.Ordinal));
    }

    [Fact]
    public void TenNearIdenticalPostsFormOneGroup()
    {
        var template = "Reminder: the flu shot protects you and the people around you, ask at the front desk on your next {0} visit";
        var words = new[] { "clinic", "routine", "morning", "afternoon", "pharmacy", "weekday", "Monday", "Friday", "school", "annual" };
        var posts = new List<HistoryPost>();
        var dupIds = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var isDuplicate = i % 10 == 3;
            var post = _h.Original(SyntheticHistory.At(Monday, i), isDuplicate ? string.Format(template, words[i / 10]) : null);
            if (isDuplicate) dupIds.Add(post.Id);
            posts.Add(post);
        }

        var report = Review(posts);

        var group = Assert.Single(report.Variety.NearDuplicateGroups);
        Assert.Equal(dupIds, group);
        Assert.Equal(9 / 100.0, report.Variety.RepetitiveShare, 3);
        Assert.Contains(report.Actions, a => a.Area == "variety" && a.Text.Contains("10 posts", StringComparison.Ordinal));
    }

    [Fact]
    public void DifferentPostsOnTheSameTopicAreNotDuplicates()
    {
        var posts = new[]
        {
            "Asthma tip: rinse your mouth after the steroid inhaler to avoid thrush, and use a spacer if you can",
            "Asthma in winter: cold air is a trigger for many people, a scarf over the mouth warms the air you breathe",
            "Asthma action plans work: write down your green, yellow and red zones and share them with school",
        }.Select((t, i) => _h.Original(SyntheticHistory.At(Monday, i), t)).ToList();

        Assert.Empty(Review(posts).Variety.NearDuplicateGroups);
    }

    [Fact]
    public void RepliesOnlyToThreeCelebrityAccountsAreFlaggedAsConcentrated()
    {
        var celebrities = new[] { "famousdoc", "tvsurgeon", "bigpodcaster" };
        var posts = new List<HistoryPost>();
        for (var i = 0; i < 60; i++)
        {
            posts.Add(i % 2 == 0 ? _h.Original(SyntheticHistory.At(Monday, i)) : _h.Reply(SyntheticHistory.At(Monday, i), celebrities[i % 3]));
        }

        var report = Review(posts, strategy: Strategy());

        Assert.Equal(celebrities.Order(), report.Networking.ReplyTargets.Select(t => t.Account).Order());
        Assert.Equal(1.0, report.Networking.ReplyTargets.Sum(t => t.Share), 6);
        Assert.Equal(1.0, report.Networking.TopThreeShare, 6);
        Assert.True(report.Networking.Concentrated);
        Assert.True(report.Networking.ReplyTargets[0].Share >= report.Networking.ReplyTargets[^1].Share);
        var action = Assert.Single(report.Actions, a => a.Area == "networking" && a.Text.Contains("three accounts", StringComparison.Ordinal));
        Assert.Equal(Goal.ProfessionalNetworking, action.Goal);
        Assert.Contains("@famousdoc", action.Text);
    }

    [Fact]
    public void RepliesSpreadOverManyPeersAreNotConcentrated()
    {
        var posts = Enumerable.Range(0, 40).Select(i => _h.Reply(SyntheticHistory.At(Monday, i), $"peer{i % 20}")).ToList();

        var report = Review(posts);

        Assert.Equal(0.15, report.Networking.TopThreeShare, 6);
        Assert.False(report.Networking.Concentrated);
        Assert.Equal(20, report.Networking.DistinctAccounts);
    }

    [Fact]
    public void ReplyWithoutATargetFieldIsCreditedToItsLeadingHandle()
    {
        var posts = Enumerable.Range(0, 12).Select(i => _h.Reply(SyntheticHistory.At(Monday, i), "x") with
        {
            InReplyToAccount = null, Mentions = [], Text = i % 2 == 0 ? "@dr_ng. agreed, and the data back you up" : "@peer.bsky.social thanks",
        }).ToList();

        var report = Review(posts);

        Assert.Equal(["dr_ng", "peer.bsky.social"], report.Networking.ReplyTargets.Select(t => t.Account));
    }

    [Fact]
    public void SelfRepliesAreThreadsNotConversations()
    {
        var posts = Enumerable.Range(0, 12).Select(i => _h.Reply(SyntheticHistory.At(Monday, i), "me") with { IsSelfReply = true, Mentions = [] }).ToList();

        var report = Review(posts);

        Assert.Empty(report.Networking.ReplyTargets);
        Assert.Equal(12, report.Mix.SelfReplies);
        Assert.Equal(0, report.Mix.Replies);
    }

    [Fact]
    public void LaneAdherenceCountsPostsTouchingTheLaneTopics()
    {
        var posts = new List<HistoryPost>();
        for (var i = 0; i < 20; i++)
        {
            var text = i switch
            {
                < 6 => "Heart failure: weigh yourself every morning and call if you gain two kilos in a week",
                < 10 => "New guideline on hypertension targets for older adults",
                _ => "Great coffee at the conference today",
            };
            posts.Add(_h.Original(SyntheticHistory.At(Monday, i), text + " " + i, i == 12 ? ["HeartFailure"] : null));
        }

        var report = Review(posts, strategy: Strategy(3, "heart failure", "hypertension", "vaccines"));

        var lane = Assert.IsType<LaneReview>(report.Lane);
        Assert.Equal(20, lane.Considered);
        Assert.Equal(11, lane.OnLane); // 6 + 4 by words, 1 by hashtag
        Assert.Equal([7, 4, 0], lane.LaneTopics.Select(t => t.Posts));
        Assert.Contains(report.Actions, a => a.Area == "lane" && a.Text.Contains("vaccines", StringComparison.Ordinal));
    }

    [Fact]
    public void BestDaysComeFromLikeAndRepostCounts()
    {
        var posts = new List<HistoryPost>();
        for (var week = 0; week < 10; week++)
        {
            for (var day = 0; day < 7; day++)
            {
                var at = Monday.AddDays(7 * week + day).AddHours(day == 1 ? 8 : 17);
                posts.Add(_h.Original(at) with { LikeCount = day == 1 ? 40 : day == 3 ? 20 : 2, RepostCount = 1 });
            }
        }

        var report = Review(posts);

        var engagement = Assert.IsType<EngagementReview>(report.Engagement);
        Assert.Equal(["Tuesday", "Thursday"], engagement.BestDays);
        Assert.Equal(8, engagement.BestHours[0]);
        Assert.Equal(42, engagement.ByWeekday.Single(d => d.Slot == "Tuesday").Average, 6);
    }

    [Fact]
    public void HistoryWithoutCountsSaysEngagementCannotBeMeasured()
    {
        var report = Review([_h.Original(Monday)]);

        Assert.Equal(0, report.Engagement!.PostsWithCounts);
        Assert.Contains(report.Engagement.Notes, n => n.Contains("no like or repost counts", StringComparison.Ordinal));
    }

    [Fact]
    public void RepostsAndQuotesCountAsPromotingColleagues()
    {
        var posts = new List<HistoryPost>
        {
            _h.Original(Monday) with { Kind = HistoryPostKind.Repost, RepostOf = "colleague1" },
            _h.Original(Monday.AddDays(1)) with { Kind = HistoryPostKind.Repost, RepostOf = "@colleague1" },
            _h.Original(Monday.AddDays(2)) with { QuotedUrl = "https://x.com/colleague2/status/123" },
            _h.Original(Monday.AddDays(3)) with { QuotedUrl = "https://bsky.app/profile/colleague3.bsky.social/post/3k" },
        };

        var report = Review(posts);

        Assert.Equal(["colleague1", "colleague2", "colleague3.bsky.social"], report.Networking.Promoted.Select(p => p.Account));
        Assert.Equal(2, report.Networking.Promoted[0].Count);
        Assert.Equal(2, report.Mix.Quotes);
    }

    [Fact]
    public void DueContactsAreFollowUpsOwed()
    {
        var contacts = new List<Contact>
        {
            new() { Id = 1, Name = "Dr Rivera", Handle = "rivera", NextFollowUp = Monday.AddDays(3) },
            new() { Id = 2, Name = "Dr Okafor", Handle = "okafor", NextFollowUp = Monday.AddDays(30) },
        };

        var report = Review([_h.Original(Monday)], asOf: Monday.AddDays(5), contacts: contacts);

        var owed = Assert.Single(report.Networking.FollowUpsOwed);
        Assert.Equal("Dr Rivera", owed.Name);
        Assert.Contains(report.Actions, a => a.Text.Contains("Follow up with Dr Rivera", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryActionNamesTheGoalItServes()
    {
        var posts = _h.FourAWeekThenOneAMonth(Monday);
        var report = Review(posts, strategy: Strategy());

        Assert.NotEmpty(report.Actions);
        Assert.All(report.Actions, a =>
        {
            Assert.Contains(a.Goal, report.Strategy!.Goals);
            Assert.EndsWith($"(serves your goal: {a.Goal.Describe()})", a.Text);
        });
    }

    [Fact]
    public void PostsAfterTheReviewDateAreLeftOut()
    {
        var posts = new[] { _h.Original(Monday), _h.Original(Monday.AddDays(30)) };

        Assert.Equal(1, Review(posts, asOf: Monday.AddDays(1)).TotalPosts);
    }

    [Fact]
    public void EmptyHistoryGivesAnEmptyReviewWithAFirstStep()
    {
        var report = ReviewAnalyzer.Analyze(new ReviewInput { History = [], AsOf = Monday });

        Assert.Equal(0, report.TotalPosts);
        Assert.Empty(report.Cadence.Weeks);
        Assert.Equal(0, report.Promotion.Share);
        Assert.Contains(report.Actions, a => a.Area == "strategy");
    }
}
