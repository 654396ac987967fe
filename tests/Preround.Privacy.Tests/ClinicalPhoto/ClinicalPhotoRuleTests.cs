using Preround.Privacy.Rules.ClinicalPhoto;
using Preround.Testing;

namespace Preround.Privacy.Tests.ClinicalPhoto;

public sealed class ClinicalPhotoRuleTests
{
    private static readonly ClinicalPhotoRule Rule = new();

    [Theory]
    [InlineData("[|[photo: OR selfie, patient's draped abdomen and monitor visible behind us]|] Case #6 of the day")]
    [InlineData("[|[photo: resident holding a freshly removed fibroid uterus next to a ruler]|] OR trivia")]
    [InlineData("[|[screenshot: EHR vitals screen with part of the patient banner]|] When the BP is higher than my loan rate")]
    [InlineData("Me mid-case 😎 [|[video: dancing in the trauma bay during a code]|]")]
    [InlineData("[|[photo: the workroom whiteboard with today's census and patient names]|] Busy list!")]
    public void Invalid_ClinicalPicture(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("[image: this week's NEJM Image Challenge figure, credited] Guess before you click!")]
    [InlineData("[photo: our new hybrid OR before opening day, empty and spotless] Ribbon cutting next week!")]
    [InlineData("[photo: suture practice on a banana in the sim lab] Getting my knots down")]
    [InlineData("[photo: practising simple interrupted sutures on a banana at my kitchen table] Never been so well closed")]
    [InlineData("[photo: a pig's foot with my first row of stitches] Skills night at school")]
    [InlineData("[photo: my kid's cast signed by her whole class] She's a trooper")]
    [InlineData("[photo: the whiteboard in our resident workroom with a doodle of a cat on it] Chief resident energy.")]
    [InlineData("[photo: the new mural in the family waiting room, painted by local schoolkids] Brighter waits.")]
    public void Valid_NonClinicalOrConsentedPicture(string text) => RuleTester.AssertValid(Rule, text);
}
