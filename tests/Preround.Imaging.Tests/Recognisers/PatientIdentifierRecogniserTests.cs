using Preround.Core.Domain;

namespace Preround.Imaging.Tests;

public sealed class PatientIdentifierRecogniserTests
{
    private static readonly PatientIdentifierRecogniser Recogniser = new();

    [Theory]
    [InlineData("[|MRN: 00482913|]")]
    [InlineData("[|MR# 4471-2290|] printed below")]
    [InlineData("[|Acct # 99812345|]")]
    [InlineData("[|DOB: 03/14/1957|]")]
    [InlineData("[|Date of Birth 14 March 1957|]")]
    [InlineData("[|DOB Mar 14, 1957|]")]
    [InlineData("[|Patient: Jane Doe|]")]
    [InlineData("[|Name: DOE, JANE|]")]
    [InlineData("[|DOE, JANE M|]\n[|MRN: 00482913|]")]
    public void Invalid_IdentifierIsBlocked(string marked)
    {
        var hits = Markup.Verify(Recogniser, marked);
        Assert.All(hits, h => Assert.Equal(Severity.Block, h.Severity));
    }

    [Theory]
    [InlineData("[|Room 412|]")]
    [InlineData("[|Bed 12B|] by the window")]
    [InlineData("F [|67Y|]")]
    [InlineData("[|Age: 67|]")]
    public void Invalid_RoomBedOrAgeWarns(string marked)
    {
        var hits = Markup.Verify(Recogniser, marked);
        Assert.All(hits, h => Assert.Equal(Severity.Warn, h.Severity));
    }

    [Theory]
    [InlineData("FALL RISK, NPO after midnight")]
    [InlineData("Name: the patient in the corner")]
    [InlineData("Happy Friday from the night team!")]
    [InlineData("We wrote 1957 words today")]
    [InlineData("MRN lookup is down again")]
    public void Valid_NoIdentifier(string text) => Markup.Verify(Recogniser, text);
}
