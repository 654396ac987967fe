using Preround.Archives.Model;
using Preround.Audit.Tests.Support;
using Preround.Core.Domain;

namespace Preround.Audit.Tests;

public sealed class AuditRunnerTests
{
    [Fact]
    public void EveryPost_IsCheckedAndHandedOnInInputOrder()
    {
        var posts = Enumerable.Range(0, 5000).Select(i => Some.Post(i % 10 == 0 ? $"bed {i} tonight" : $"ordinary post {i}")).ToList();
        var seen = new List<string>();
        var summary = new AuditRunner(TestChecker.Check, new AuditOptions { BatchSize = 128, Parallelism = 4 })
            .Run(posts, a => seen.Add(a.Post.Id));

        Assert.Equal(posts.Select(p => p.Id), seen);
        Assert.Equal(5000, summary.TotalPosts);
        Assert.Equal(500, summary.Verdicts[Verdict.Block]);
        Assert.Equal(500, summary.FlaggedPosts);
        Assert.Equal(4500, summary.Verdicts[Verdict.Ok]);
    }

    [Fact]
    public void FindingsCarryTheCheckersSpansIntoThePostText()
    {
        var audited = new AuditRunner(TestChecker.Check).CheckOne(Some.Post("Quiet night, then bed 4 crashed"));
        var finding = Assert.Single(audited.Findings);
        Assert.Equal("Test.Bed", finding.RuleId);
        Assert.Equal("bed 4", audited.Post.Text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Equal(Verdict.Block, audited.Verdict);
        Assert.Equal(10 * finding.Confidence, audited.Risk, 6);
    }

    [Fact]
    public void GeotaggedPostsAndPhotoGps_AreFindingsEvenWithCleanText()
    {
        var post = Some.Post("Lovely day") with
        {
            Media = [new MediaItem("photo") { Location = new GeoPoint(39.78, -89.65), Metadata = new Dictionary<string, string> { ["device_id"] = "X1" } }],
        };
        var audited = new AuditRunner(TestChecker.Check).CheckOne(post);
        Assert.Contains(audited.Findings, f => f.RuleId == MetadataFindings.LocationRuleId && f.Message.Contains("39.78"));
        Assert.Contains(audited.Findings, f => f.RuleId == MetadataFindings.PhotoMetadataRuleId && f.Message.Contains("device_id"));
        Assert.Equal(Verdict.Warn, audited.Verdict);
    }

    [Fact]
    public void RepostsAreCheckedUnlessTurnedOff()
    {
        var repost = Some.Post("RT @x: I hate this program", kind: PostKind.Repost);
        Assert.Equal(Verdict.Warn, new AuditRunner(TestChecker.Check).CheckOne(repost).Verdict);
        Assert.Equal(Verdict.Ok, new AuditRunner(TestChecker.Check, new AuditOptions { CheckReposts = false }).CheckOne(repost).Verdict);
    }

    [Fact]
    public void RepliesAreCheckedAsComments()
    {
        Draft? seen = null;
        new AuditRunner(d => { seen = d; return new CheckResult(d, []); }, new AuditOptions { Author = new AuthorProfile(AuthorRole.Nurse) })
            .CheckOne(Some.Post("@a thanks", kind: PostKind.Reply, platform: Platform.Mastodon));
        Assert.Equal(DraftContext.Comment, seen!.Context);
        Assert.Equal(Platform.Mastodon, seen.Platform);
        Assert.Equal(AuthorRole.Nurse, seen.Author.Role);
    }

    [Fact]
    public void ACheckerFailure_MarksThePostAndTheRunGoesOn()
    {
        var posts = new[] { Some.Post("fine"), Some.Post("boom"), Some.Post("fine too") };
        var results = new List<AuditedPost>();
        var summary = new AuditRunner(d => d.Text == "boom" ? throw new InvalidOperationException("rule crashed") : new CheckResult(d, []))
            .Run(posts, results.Add);
        Assert.Equal(3, summary.TotalPosts);
        Assert.Equal(1, summary.UncheckedPosts);
        Assert.Contains("rule crashed", results[1].CheckError);
    }

    [Fact]
    public void AnImporterFailureMidStream_Surfaces()
    {
        static IEnumerable<ImportedPost> Broken()
        {
            yield return Some.Post("one");
            throw new IOException("disk gone");
        }
        Assert.Throws<IOException>(() => new AuditRunner(TestChecker.Check).Run(Broken()));
    }
}
