using Preround.Platforms.Spelling;
using Preround.Platforms.Tests.Support;

namespace Preround.Platforms.Tests.Spelling;

public sealed class NearWordsTests
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "patient", "received", "Received", "definitely", "form", "from", "firm", "farm", "forum", "HIPAA", "cat", "cart", "at",
    };

    private static string[] Find(string word, int max = 3) => NearWords.Find(Known.Contains, word, max);

    [Theory]
    [InlineData("pateint", "patient")]   // two letters swapped
    [InlineData("definately", "definitely")] // a wrong letter
    [InlineData("catt", "cat")]          // an extra letter
    [InlineData("crt", "cart")]          // a missing letter
    public void FindsTheWordOneEditAway(string typo, string expected) => Assert.Equal(expected, Find(typo)[0]);

    [Fact]
    public void ASwapRanksBeforeOtherEditsAndTheListStopsAtMax()
    {
        Assert.Equal(["form"], Find("fomr"));
        // "frm" is one missing letter from farm, firm, form and from.
        Assert.Equal(2, Find("frm", 2).Length);
        Assert.Equal(4, Find("frm", 5).Length);
    }

    [Fact]
    public void KeepsTheOriginalCapitalisation()
    {
        Assert.Equal("Received", Find("Recieved")[0]);
        Assert.Equal("HIPAA", Find("HIPPA")[0]);
    }

    [Theory]
    [InlineData("zzzzqqq")]    // nothing one edit away
    [InlineData("médecin")]    // not plain Latin: no guess
    [InlineData("x")]          // too short to guess
    public void GivesNothingWhenNoKnownWordIsOneEditAway(string word) => Assert.Empty(Find(word));

    [RequiresHunspellFact]
    public void WithTheRealDictionaryCommonTyposGetTheirWord()
    {
        var speller = SpellChecker.LoadNew();
        Assert.Equal("definitely", speller.Check("definately")![0]);
        Assert.Equal("received", speller.Check("recieved")![0]);
        Assert.Equal("negotiable", speller.Check("negociable")![0]);
        Assert.Empty(speller.Check("qzxwvtkj")!);
    }
}
