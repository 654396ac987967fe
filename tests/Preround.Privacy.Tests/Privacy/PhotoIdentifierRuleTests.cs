using Preround.Privacy.Rules.Privacy;
using Preround.Testing;

namespace Preround.Privacy.Tests.Privacy;

public sealed class PhotoIdentifierRuleTests
{
    private static readonly PhotoIdentifierRule Rule = new();

    [Theory]
    [InlineData("[|[photo: a child in a hospital bed, room number on the door behind him]|] My first peds patient!")]
    [InlineData("[|[photo: close-up of a bullseye rash; a distinctive koi tattoo visible at the edge]|] Textbook erythema migrans!")]
    [InlineData("[|[photo: trauma bay after we worked a train-strike victim, floor still a mess]|] Tonight's battlefield.")]
    public void Invalid_PatientIdentifiableInPhoto(string marked) => RuleTester.AssertInvalid(Rule, marked);

    [Theory]
    [InlineData("[photo: resident holding a freshly removed fibroid uterus next to a ruler] OR trivia: how many grams?")]
    [InlineData("[photo: anatomical heart model on my desk] Studying for the cardio block")]
    [InlineData("[photo: me and three coworkers in scrubs in the parking lot at sunrise, no patients, no badges visible] Survived the week")]
    [InlineData("[photo: the whiteboard in our resident workroom with a doodle of a cat and 'DRINK WATER' on it] Chief resident energy.")]
    [InlineData("[photo: the new mural in the surgical family waiting room, painted by local schoolkids] Brighter waits.")]
    [InlineData("[photo: a table of hand-sewn cloth dolls we made for the peds ward, no children or rooms in the shot] Craft night")]
    public void Valid_NothingIdentifying(string text) => RuleTester.AssertValid(Rule, text);
}
