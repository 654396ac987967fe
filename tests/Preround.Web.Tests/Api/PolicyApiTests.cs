using System.Net;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Api;

public sealed class PolicyApiTests
{
    private const string Pack = """
        rules:
          - id: Org.NoShiftNames
            title: Shift names
            category: confidential_other
            severity: block
            terms: [Ward 7B]
            message: "'{match}' names a ward; leave it out."
            rationale: Ward names place a patient.
            examples:
              valid: ["A ward"]
              invalid: ["On [|Ward 7B|] tonight"]
        """;

    [Fact]
    public async Task APackWithAnErrorIsReportedAsFileLineColumn()
    {
        using var factory = new WebAppFactory();
        var broken = "rules:\n  - id: Org.Broken\n    title: x\n    severity: catastrophic\n";

        var json = await (await factory.CreateClient().PostJson("/api/policy/validate", new { yaml = broken, name = "org-pack.yml" })).Json();

        Assert.False(json.GetProperty("valid").GetBoolean());
        var error = json.GetProperty("errors")[0];
        Assert.Equal("org-pack.yml", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() >= 2);
        Assert.True(error.GetProperty("column").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task AValidPackIsUsedForChecksUntilReset()
    {
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();

        var valid = await (await client.PostJson("/api/policy/validate", new { yaml = Pack, name = "org.yml" })).Json();
        var before = await (await client.PostJson("/api/check", new { text = "Busy night on Ward 7B." })).Json();
        var use = await client.PutAsync("/api/policy", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { yaml = Pack, name = "org.yml" }), System.Text.Encoding.UTF8, "application/json"));
        var during = await (await client.PostJson("/api/check", new { text = "Busy night on Ward 7B." })).Json();
        var status = await (await client.GetAsync("/api/policy")).Json();
        var reset = await client.DeleteAsync("/api/policy");
        var after = await (await client.PostJson("/api/check", new { text = "Busy night on Ward 7B." })).Json();

        Assert.True(valid.GetProperty("valid").GetBoolean());
        Assert.Equal(1, valid.GetProperty("pack_rules").GetInt32());
        Assert.DoesNotContain(before.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "Org.NoShiftNames");
        Assert.Equal(HttpStatusCode.OK, use.StatusCode);
        Assert.Contains(during.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "Org.NoShiftNames");
        Assert.Equal("org.yml", status.GetProperty("pack").GetString());
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.DoesNotContain(after.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "Org.NoShiftNames");
    }

    [Fact]
    public async Task AMissingPathOrAnInvalidPackCannotBeUsed()
    {
        using var factory = new WebAppFactory();
        var client = factory.CreateClient();

        var missing = await (await client.PostJson("/api/policy/validate", new { path = "/nonexistent/.preround.yml" })).Json();
        var put = await client.PutAsync("/api/policy", new StringContent("{\"yaml\":\"rules: [\",\"name\":\"p.yml\"}", System.Text.Encoding.UTF8, "application/json"));
        var both = await client.PostJson("/api/policy/validate", new { yaml = Pack, path = "/x.yml" });

        Assert.Contains("no such file", missing.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, put.StatusCode);
        Assert.StartsWith("p.yml:", (await put.Json()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
    }
}
