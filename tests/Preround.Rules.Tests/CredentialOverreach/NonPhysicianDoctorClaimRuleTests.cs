using Preround.Core.Domain;
using Preround.Rules.CredentialOverreach;
using Preround.Testing;

namespace Preround.Rules.Tests.CredentialOverreach;

public sealed class NonPhysicianDoctorClaimRuleTests
{
    private static readonly NonPhysicianDoctorClaimRule Rule = new();

    [Theory]
    [InlineData("I have [|a doctorate too|] (DNP), so no, your cardiologist does not know more than me about your heart meds.")]
    [InlineData("[|I'm basically a doctor|] without the debt 😂")]
    [InlineData("[|Call me Dr. Reyes|]. Yes, I'm your provider.")]
    [InlineData("[|Dr. Hale, your family doctor|] at Pinecrest Clinic, here with flu tips!")]
    [InlineData("NPs have the [|same training as physicians|], period.")]
    [InlineData("[|I have a DNP|] so technically I outrank most MDs on education.")]
    public void Invalid_ImpliesPhysicianStatus(string marked) => RuleTester.AssertInvalid(Rule, marked, AuthorRole.Np);

    [Theory]
    [InlineData("Dr. Kim, DNP, FNP-C: nurse practitioner and proud.")]
    [InlineData("I'm not a physician and I always say so. I'm a nurse practitioner.")]
    [InlineData("My DNP taught me to read trials critically. It did not make me a physician.")]
    [InlineData("Physician associate is our new title and I'm here for it.")]
    public void Valid_NamesTheRole(string text) => RuleTester.AssertValid(Rule, text, AuthorRole.Np);

    [Fact]
    public void Valid_PhysicianMaySayDoctor() => RuleTester.AssertValid(Rule, "I'm a doctor, and I say get the flu shot.", AuthorRole.Attending);
}
