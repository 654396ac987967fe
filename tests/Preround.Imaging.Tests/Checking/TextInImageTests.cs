using Preround.Core.Domain;

namespace Preround.Imaging.Tests;

/// <summary>End to end with the real Tesseract on the generated pictures.</summary>
public sealed class TextInImageTests
{
    private static readonly ImageCheckOptions Options = new()
    {
        Workplace = new Workplace(new GeoPoint(42.3362, -71.1066)),
        PostingDate = new DateOnly(2026, 11, 22),
    };

    private static ImageReport Check(string name, Func<Draft, CheckResult>? textChecker = null) =>
        new ImageChecker(Options, textChecker).CheckFile(Fixture.Path(name));

    private static ImageFinding Quoted(ImageReport report, string ruleId, string quote) =>
        Assert.Single(report.Findings, f => f.RuleId == ruleId && f.Quote.Contains(quote, StringComparison.Ordinal));

    [RequiresTesseractFact]
    public void Wristband_NameRecordNumberAndBirthDateAreFoundWhereTheyAre()
    {
        var report = Check("wristband.jpg");

        var name = Quoted(report, ImageRuleIds.PatientIdentifierInImage, "DOE, JANE");
        var mrn = Quoted(report, ImageRuleIds.PatientIdentifierInImage, "00482913");
        var dob = Quoted(report, ImageRuleIds.PatientIdentifierInImage, "03/14/1957");
        Assert.Equal("top-left", name.Location.Region);
        Assert.Equal("middle-left", mrn.Location.Region);
        Assert.Equal(Severity.Block, dob.Severity);
        // The DOB was drawn from x=400 onwards, right of the MRN.
        Assert.True(dob.Location.Box!.Value.X > mrn.Location.Box!.Value.Right);
        Assert.Contains("is readable in the picture", mrn.Message);
    }

    [RequiresTesseractFact]
    public void Monitor_ReadoutsAreFoundAndWhereAndWhenBecomeBlock()
    {
        var report = Check("monitor.jpg");

        var monitor = Assert.Single(report.Findings, f => f.RuleId == ImageRuleIds.MonitorReadout);
        Assert.Contains("SpO2 97%", monitor.Quote);
        Assert.Contains("NIBP 128/82", monitor.Quote);
        Assert.Equal(RuleCategories.ClinicalPhoto, monitor.Category);
        Assert.Equal(Severity.Block, Assert.Single(report.Findings, f => f.RuleId == ImageRuleIds.NearWorkplace).Severity);
        Assert.Equal(Severity.Block, Assert.Single(report.Findings, f => f.RuleId == ImageRuleIds.CaptureTime).Severity);
    }

    [RequiresTesseractFact]
    public void Whiteboard_NameRoomAndSignageAreFound()
    {
        var report = Check("whiteboard.png");

        Quoted(report, ImageRuleIds.PatientIdentifierInImage, "Patient: Jane Doe");
        Quoted(report, ImageRuleIds.PatientIdentifierInImage, "Room 412");
        var signage = Assert.Single(report.Findings, f => f.RuleId == ImageRuleIds.ClinicalSetting);
        Assert.Contains("Fall risk", signage.Quote);
    }

    [RequiresTesseractFact]
    public void PortalScreenshot_IsBlockedAsPortalAndHealthConversation()
    {
        var report = Check("portal.png");

        var portal = Assert.Single(report.Findings, f => f.RuleId == ImageRuleIds.PatientPortal);
        Assert.Contains("MyChart", portal.Quote);
        Assert.Equal("top-left", portal.Location.Region);
        var conversation = Assert.Single(report.Findings, f => f.RuleId == ImageRuleIds.ConversationScreenshot);
        Assert.Equal(Severity.Block, conversation.Severity);
        Assert.Contains("Delivered", conversation.Quote);
    }

    [RequiresTesseractFact]
    public void OrdinaryTextScreenshot_WarnsButIsNotAPortal()
    {
        var report = Check("sms.png");

        Assert.Equal(Severity.Warn, Assert.Single(report.Findings, f => f.RuleId == ImageRuleIds.ConversationScreenshot).Severity);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == ImageRuleIds.PatientPortal || f.Severity == Severity.Block);
    }

    [RequiresTesseractFact]
    public void Landscape_HasNoTextFindings()
    {
        var report = Check("landscape.jpg");

        Assert.True(report.Ocr!.Ran);
        Assert.Empty(report.Findings);
    }

    [RequiresTesseractAndImageMagickFact]
    public void SidewaysStoredPicture_IsReadUprightUsingItsOrientation()
    {
        var report = Check("rotated.jpg");

        Assert.True(report.Ocr!.Prepared);
        Assert.Equal(700, report.Ocr.DisplayWidth);
        Quoted(report, ImageRuleIds.PatientIdentifierInImage, "55512345");
        Quoted(report, ImageRuleIds.PatientIdentifierInImage, "07/04/1961");
    }

    [RequiresTesseractFact]
    public void CaptionChecker_RunsOnTheTextInThePictureAndKeepsOnlyPrivacyFindings()
    {
        // A stand-in checker flagging "potassium" (privacy) and "Messages" (platform fit), to show how its findings are mapped.
        CheckResult Fake(Draft d)
        {
            var findings = new List<Finding>();
            int i = d.Text.IndexOf("potassium", StringComparison.Ordinal);
            if (i >= 0) findings.Add(new Finding("PR1999", RuleCategories.Privacy, Severity.Block, 0.9, new TextSpan(i, 9), "potassium", "lab result 'potassium'", "why", null));
            int j = d.Text.IndexOf("Messages", StringComparison.Ordinal);
            if (j >= 0) findings.Add(new Finding("PR4999", RuleCategories.PlatformFit, Severity.Warn, 0.9, new TextSpan(j, 8), "Messages", "length", "why", null));
            return new CheckResult(d, findings);
        }

        var report = Check("portal.png", Fake);

        var lab = Assert.Single(report.Findings, f => f.RuleId == "PR1999");
        Assert.Contains("in the picture's text", lab.Message);
        Assert.Equal("top-left", lab.Location.Region);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "PR4999");
    }
}
