using Preround.Core.Domain;

namespace Preround.Imaging.Tests;

public sealed class LayoutRecogniserTests
{
    [Theory]
    [InlineData("[|HR 88|]\n[|SpO2 97%|]\n[|NIBP 128/82 (97)|]\n[|RR 16|]")]
    [InlineData("[|PR 110|] [|Sp02 91|]")]
    [InlineData("[|118/76 (90)|]\n[|EtCO2 35|]")]
    public void Invalid_MonitorReadouts(string marked) =>
        Assert.All(Markup.Verify(new MonitorReadoutRecogniser(), marked), h => Assert.Equal(Severity.Warn, h.Severity));

    [Theory]
    [InlineData("HR 88")]
    [InlineData("Our HR department is hiring")]
    [InlineData("Blood pressure targets in 2024 guidelines")]
    public void Valid_NotAMonitor(string text) => Markup.Verify(new MonitorReadoutRecogniser(), text);

    [Fact]
    public void Invalid_ConversationAboutHealthIsBlocked()
    {
        var hits = Markup.Verify(new ConversationScreenshotRecogniser(),
            "Did the [|biopsy|] come back?\n[|Delivered|]\n[|Read 9:41 AM|]");
        Assert.Equal(Severity.Block, Assert.Single(hits).Severity);
    }

    [Fact]
    public void Invalid_OrdinaryConversationWarns()
    {
        var hits = Markup.Verify(new ConversationScreenshotRecogniser(), "[|iMessage|]\n[|Today|] [|6:02 PM|]\nDinner at 7?\n[|Delivered|]");
        Assert.Equal(Severity.Warn, Assert.Single(hits).Severity);
    }

    [Theory]
    [InlineData("I read the paper today")]
    [InlineData("Meeting at 9:41 AM")]
    [InlineData("The package was delivered")]
    public void Valid_NotAConversation(string text) => Markup.Verify(new ConversationScreenshotRecogniser(), text);

    [Theory]
    [InlineData("[|MyChart|]\nMessages")]
    [InlineData("[|Message from your care team|]\n[|Test results|]")]
    public void Invalid_PatientPortal(string marked) =>
        Assert.All(Markup.Verify(new PatientPortalRecogniser(), marked), h => Assert.Equal(Severity.Block, h.Severity));

    [Theory]
    [InlineData("Test results of the new vaccine trial")]
    [InlineData("Our care team won an award")]
    public void Valid_NotAPortal(string text) => Markup.Verify(new PatientPortalRecogniser(), text);

    [Theory]
    [InlineData("[|Your nurse today|]: Maria\n[|Fall risk|]")]
    [InlineData("[|NPO|] after midnight\n[|Diet:|] clear liquids")]
    public void Invalid_PatientRoomSignage(string marked) => Markup.Verify(new ClinicalSettingRecogniser(), marked);

    [Theory]
    [InlineData("Discharge planning lecture at noon")]
    [InlineData("Welcome to the cafeteria")]
    public void Valid_NotSignage(string text) => Markup.Verify(new ClinicalSettingRecogniser(), text);
}
