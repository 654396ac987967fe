using System.Net;
using System.Text.RegularExpressions;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Pages;

public sealed partial class PageTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/rules")]
    [InlineData("/rules/Test.PatientAge")]
    public async Task EveryFormControlHasALabel(string path)
    {
        var html = await factory.CreateClient().GetStringAsync(path);

        var labelled = LabelFor().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (Match control in Control().Matches(html))
        {
            var id = IdAttr().Match(control.Value);
            Assert.True(id.Success && labelled.Contains(id.Groups[1].Value) || control.Value.Contains("aria-label"), $"unlabelled control on {path}: {control.Value}");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/rules")]
    public async Task PagesLoadOnlyTheirOwnAssetsAndNoInlineScript(string path)
    {
        var html = await factory.CreateClient().GetStringAsync(path);

        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
        Assert.DoesNotContain(" style=\"", html);
        foreach (Match src in AssetRef().Matches(html))
        {
            var response = await factory.CreateClient().GetAsync(src.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task AssetsRevalidateWithAnETag()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/assets/compose.js");
        var request = new HttpRequestMessage(HttpMethod.Get, "/assets/compose.js");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/nope.js")).StatusCode);
    }

    [Fact]
    public async Task RulesBrowserListsEveryRuleAndItsPage()
    {
        var client = factory.CreateClient();
        var list = await client.GetStringAsync("/rules");
        Assert.Contains("Test.PatientAge", list);
        Assert.Contains("Test.Venting", list);

        var page = await client.GetStringAsync("/rules/test.patientage");
        Assert.Contains("An exact age next to a condition", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rules/PR9999")).StatusCode);
    }

    [Fact]
    public async Task RuleTextIsEncodedNotInjected()
    {
        var html = await factory.CreateClient().GetStringAsync("/rules/Test.PatientAge");
        Assert.Contains("&#x27;{match}&#x27;", html);
    }

    [GeneratedRegex("<label[^>]*\\bfor=\"([^\"]+)\"")]
    private static partial Regex LabelFor();

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttr();

    [GeneratedRegex("(?:src|href)=\"(/assets/[^\"]+)\"")]
    private static partial Regex AssetRef();
}
