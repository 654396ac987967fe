using Preround.Audit.Profile;
using Preround.Core.Domain;

namespace Preround.Audit.Tests.Profile;

public sealed class ProfileAuditorTests
{
    private static readonly ProfileAuditor Auditor = new();

    private static ProfileAuditResult Audit(string bio, AuthorRole role, Platform platform = Platform.X, AccountType account = AccountType.Professional, bool? photo = null) =>
        Auditor.Audit(bio, new AuthorProfile(role, null, account), platform, photo);

    [Fact]
    public void StudentClaimingMD_IsBlocked()
    {
        var r = Audit("Aspiring surgeon. MD | runner", AuthorRole.Ms2);
        var f = Assert.Single(r.Findings, f => f.RuleId == ProfileRuleIds.CredentialBeyondRole && f.Match == "MD");
        Assert.Equal(Severity.Block, f.Severity);
        Assert.Equal("MD", r.Bio.Substring(f.Span.Start, f.Span.Length));
    }

    [Theory]
    [InlineData("MD candidate 2027 · emergency medicine")]
    [InlineData("Medical student (MS3), future MD")]
    public void StudentWritingTheDegreeAsFuture_IsFine(string bio) =>
        Assert.DoesNotContain(Audit(bio, AuthorRole.Ms3).Findings, f => f.RuleId == ProfileRuleIds.CredentialBeyondRole);

    [Fact]
    public void ResidentClaimingBoardCertification_IsWarned()
    {
        var r = Audit("Board-certified internist, PGY-2 resident", AuthorRole.Resident);
        Assert.Contains(r.Findings, f => f.RuleId == ProfileRuleIds.CredentialBeyondRole && f.Severity == Severity.Warn);
        Assert.DoesNotContain(Audit("Internal medicine resident, MD", AuthorRole.Resident).Findings, f => f.RuleId == ProfileRuleIds.CredentialBeyondRole);
    }

    [Fact]
    public void NurseCallingHerselfPhysician_IsBlocked() =>
        Assert.Contains(Audit("ICU nurse and physician", AuthorRole.Nurse).Findings, f => f.RuleId == ProfileRuleIds.CredentialBeyondRole);

    [Fact]
    public void InstitutionOnAPersonalAccount_IsFlaggedWithItsSpan()
    {
        var r = Audit("Resident at Springfield General Hospital. Dog mom, wine lover.", AuthorRole.Resident);
        var f = Assert.Single(r.Findings, f => f.RuleId == ProfileRuleIds.InstitutionOnPersonalAccount);
        Assert.Contains("Springfield General Hospital", r.Bio.Substring(f.Span.Start, f.Span.Length));
        Assert.DoesNotContain(Audit("Resident at Springfield General Hospital. Teaching and QI.", AuthorRole.Resident).Findings,
            f => f.RuleId == ProfileRuleIds.InstitutionOnPersonalAccount);
        Assert.Contains(Audit("Nurse at Lakeside Medical Center", AuthorRole.Nurse, account: AccountType.Personal).Findings,
            f => f.RuleId == ProfileRuleIds.InstitutionOnPersonalAccount);
    }

    [Theory]
    [InlineData("Pediatrics resident. Views are my own.", "Views are my own")]
    [InlineData("Pharmacist. Opinions mine alone.", "Opinions mine alone")]
    [InlineData("ER nurse. RTs ≠ endorsements", "RTs ≠ endorsements")]
    public void ViewsAreMyOwn_IsExplainedKindly(string bio, string match)
    {
        var f = Assert.Single(Audit(bio, AuthorRole.Resident).Findings, f => f.RuleId == ProfileRuleIds.ViewsAreMyOwn);
        Assert.Equal(match, f.Match);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("does not protect you", f.Message);
    }

    [Fact]
    public void EmptyAndOverlongBios_AreWarned()
    {
        Assert.Contains(Audit("", AuthorRole.Ms1).Findings, f => f.RuleId == ProfileRuleIds.EmptyBio);
        var r = Audit(new string('a', 150) + " family medicine resident", AuthorRole.Resident);
        Assert.Contains(r.Findings, f => f.RuleId == ProfileRuleIds.OverlongBio && f.Message.Contains("160"));
        Assert.DoesNotContain(Audit(new string('a', 150) + " family medicine resident", AuthorRole.Resident, Platform.Mastodon).Findings,
            f => f.RuleId == ProfileRuleIds.OverlongBio);
    }

    [Fact]
    public void Checklist_CoversWhoWhatCredentialsLengthAndPhoto()
    {
        var good = Audit("Family medicine resident (PGY-2) · preventive care", AuthorRole.Resident, photo: true);
        Assert.All(good.Checklist, i => Assert.Equal(ChecklistStatus.Pass, i.Status));
        Assert.Equal(Verdict.Ok, good.Verdict);

        var vague = Audit("Coffee. Cats. Chaos.", AuthorRole.Resident, photo: false);
        Assert.Contains(vague.Checklist, i => i.Name == "Who you are and what you do" && i.Status == ChecklistStatus.Fail);
        Assert.Contains(vague.Checklist, i => i.Name == "Professional photo" && i.Status == ChecklistStatus.Fail);
    }

    [Fact]
    public void TheChecker_AlsoRunsOverTheBio()
    {
        var auditor = new ProfileAuditor(Support.TestChecker.Check);
        var r = auditor.Audit("Nurse. Ask me about bed 4", new AuthorProfile(AuthorRole.Nurse), Platform.X);
        Assert.Contains(r.Findings, f => f.RuleId == "Test.Bed");
    }
}
