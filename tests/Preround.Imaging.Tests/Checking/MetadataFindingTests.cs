using Preround.Core.Domain;

namespace Preround.Imaging.Tests;

public sealed class MetadataFindingTests
{
    private static readonly Workplace Hospital = new(new GeoPoint(42.3362, -71.1066), 300);

    private static ImageReport Check(string name, ImageCheckOptions? options = null) =>
        new ImageChecker((options ?? new ImageCheckOptions()) with { ReadText = false }).CheckFile(Fixture.Path(name));

    [Fact]
    public void Gps_IsReportedWithThePositionAndAScrubSuggestion()
    {
        var f = Assert.Single(Check("wristband.jpg").Findings, f => f.RuleId == ImageRuleIds.GpsPosition);

        Assert.Equal("42.36010, -71.05890", f.Quote);
        Assert.Equal("EXIF GPS", f.Location.Field);
        Assert.Contains("scrub-image", f.Suggestion);
    }

    [Fact]
    public void NearWorkplace_IsReportedOnlyInsideTheRadius()
    {
        var options = new ImageCheckOptions { Workplace = Hospital };

        Assert.Contains(Check("monitor.jpg", options).Findings, f => f.RuleId == ImageRuleIds.NearWorkplace);
        // The wristband was taken 4.7 km away.
        Assert.DoesNotContain(Check("wristband.jpg", options).Findings, f => f.RuleId == ImageRuleIds.NearWorkplace);
        Assert.DoesNotContain(Check("monitor.jpg").Findings, f => f.RuleId == ImageRuleIds.NearWorkplace);
    }

    [Fact]
    public void CaptureTime_SaysWhenTakenOnThePostingDay()
    {
        var sameDay = Check("monitor.jpg", new ImageCheckOptions { PostingDate = new DateOnly(2026, 11, 22) });
        var later = Check("monitor.jpg", new ImageCheckOptions { PostingDate = new DateOnly(2026, 12, 1) });

        Assert.Contains("taken today at 03:40", Assert.Single(sameDay.Findings, f => f.RuleId == ImageRuleIds.CaptureTime).Message);
        Assert.Contains("taken 2026-11-22 03:40", Assert.Single(later.Findings, f => f.RuleId == ImageRuleIds.CaptureTime).Message);
    }

    [Fact]
    public void DeviceSoftwareAndEmbeddedTexts_AreEachReported()
    {
        var findings = Check("wristband.jpg").Findings;

        Assert.Contains(findings, f => f.RuleId == ImageRuleIds.CameraDevice && f.Quote == "Apple iPhone 15 Pro, serial F2LXK0TEST");
        Assert.Contains(findings, f => f.RuleId == ImageRuleIds.EditingSoftware && f.Quote == "Adobe Lightroom 9.0");
        Assert.Contains(findings, f => f.RuleId == ImageRuleIds.EmbeddedText && f.Quote == "Night shift 7B" && f.Severity == Severity.Warn);
        Assert.Contains(findings, f => f.RuleId == ImageRuleIds.EmbeddedText && f.Location.Field == "EXIF Artist");
    }

    [Fact]
    public void EmbeddedText_IsAlsoCheckedForIdentifiers()
    {
        var f = Assert.Single(Check("wristband.jpg").Findings, f => f.RuleId == ImageRuleIds.PatientIdentifierInImage);

        Assert.Equal("Bed 12", f.Quote);
        Assert.Contains("metadata (EXIF ImageDescription)", f.Message);
    }

    [Fact]
    public void CleanPicture_HasNoFindings()
    {
        var report = Check("landscape.jpg");

        Assert.Null(report.Error);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void MissingTesseract_GivesANoticeAndMetadataChecksStillRun()
    {
        var checker = new ImageChecker(new ImageCheckOptions { TesseractPath = "/nonexistent/tesseract" });

        var report = checker.CheckFile(Fixture.Path("wristband.jpg"));

        var notice = Assert.Single(report.Notices);
        Assert.Contains("text-in-image checks skipped", notice);
        Assert.Contains("apt-get install tesseract-ocr", notice);
        Assert.False(report.Ocr!.Ran);
        Assert.Contains(report.Findings, f => f.RuleId == ImageRuleIds.GpsPosition);
        Assert.Single(checker.ToolNotices);
    }

    [Fact]
    public void ImageFindings_JoinTheCaptionInOneVerdictWithEmptySpansAtTheEnd()
    {
        var caption = new CheckResult(Draft.Of("Long night, proud of this team"), []);
        var images = new ImageChecker(new ImageCheckOptions { ReadText = false, Workplace = Hospital, PostingDate = new DateOnly(2026, 11, 22) })
            .Check([Fixture.Path("monitor.jpg")], caption.Draft);

        var merged = images.MergeInto(caption);

        Assert.Equal(Verdict.Warn, merged.Verdict);
        Assert.All(merged.Findings, f => Assert.Equal(new TextSpan(caption.Draft.Text.Length, 0), f.Span));
        Assert.Contains(merged.Findings, f => f.Message.StartsWith("[monitor.jpg, metadata: EXIF GPS]", StringComparison.Ordinal));
    }
}
