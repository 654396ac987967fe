using Preround.Privacy.Rules.ConfidentialOther;
using Preround.Testing;

namespace Preround.Privacy.Tests.ConfidentialOther;

public sealed class ExamContentRuleTests
{
    private static readonly ExamContentRule Rule = new();

    [Theory]
    [InlineData("IM boards [|question dump|] [|from memory|] for anyone sitting this fall. [|DM me for the doc|].")]
    [InlineData("Just took Step 2. [|There were like 6 questions on|] Lyme disease so know the rash.")]
    [InlineData("Got [|a copy of next week's in-training exam|] from a friend.")]
    [InlineData("NCLEX done this morning. [|So many questions about chest|] tubes, review those!")]
    [InlineData("Walked out of my peds shelf. Brush up on Kawasaki, I [|got like four of them|].")]
    public void Invalid_ExamContentShared(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("Step 1 tips: do UWorld twice and take a full practice test every week.")]
    [InlineData("Passed Step 1!!! On to clinicals.")]
    [InlineData("Never share recalls from the boards: it voids your score.")]
    [InlineData("Took the NCLEX today and passed! So many SATA questions, but I trusted my prep.")]
    [InlineData("Step 1 next month: the outline says lots of questions on biochem, so that's my focus.")]
    public void Valid_StudyTalk(string text) => RuleTester.AssertValid(Rule, text);
}
