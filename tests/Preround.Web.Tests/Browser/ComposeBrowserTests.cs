using Microsoft.Playwright;
using Preround.Core.Domain;
using Preround.Platforms.Threading;
using Preround.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Preround.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ComposeBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task TypingARiskyDraftHighlightsTheSpanInPlaceAndShowsTheVerdict()
    {
        var page = await browser.OpenAsync();
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "none");

        await page.Locator("#draft").PressSequentiallyAsync(TestRules.RiskyDraft);

        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "block");
        await Expect(page.Locator("#verdict .verdict-title")).ToHaveTextAsync("Do not post as is");
        await Expect(page.Locator("#mirror mark.hl-block")).ToHaveTextAsync("54yo");
        await Expect(page.Locator("#mirror mark.hl-warn")).ToHaveTextAsync("frequent flyer");
        await Expect(page.Locator("#findings > li")).ToHaveCountAsync(2);
        var ageCard = page.Locator("#findings > li", new() { HasText = "Test.PatientAge" });
        await Expect(ageCard).ToContainTextAsync("An exact age next to a condition");
        await Expect(ageCard.Locator(".fix")).ToHaveTextAsync("a patient");

        // The mirror lays text out exactly under the textarea: the highlight sits on the typed word.
        var mark = await page.Locator("#mirror mark.hl-block").BoundingBoxAsync();
        var area = await page.Locator("#draft").BoundingBoxAsync();
        Assert.True(mark!.X > area!.X && mark.Y > area.Y && mark.Y + mark.Height < area.Y + area.Height);
        await BrowserFixture.ScreenshotAsync(page, "compose-risky");
    }

    [BrowserFact]
    public async Task ApplyingAFixRewritesTheSpanAndUndoBringsItBack()
    {
        var page = await browser.OpenAsync();
        await page.Locator("#draft").FillAsync(TestRules.RiskyDraft);
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "block");

        // Keyboard only: focus the button and press Enter.
        await page.Locator("#findings > li", new() { HasText = "Test.PatientAge" }).GetByRole(AriaRole.Button, new() { Name = "Apply fix" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#draft")).ToHaveValueAsync(TestRules.RiskyDraft.Replace("54yo", "a patient"));
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "warn");
        await Expect(page.Locator("#findings > li")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "compose-fixed");

        await page.Locator("#undo").ClickAsync();

        await Expect(page.Locator("#draft")).ToHaveValueAsync(TestRules.RiskyDraft);
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "block");
        await Expect(page.Locator("#undo")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task ALongDraftIsSplitIntoAThreadWhoseEveryPartFits()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 6).Select(i =>
            $"Point {i}: sleep debt builds quietly over a run of night shifts, and the recovery takes longer than most of us plan for in the rota."));
        var page = await browser.OpenAsync();
        await page.Locator("#platform").SelectOptionAsync("bluesky");
        await page.Locator("#draft").FillAsync(text);

        var expected = ThreadSplitter.Split(text, Platform.Bluesky);
        Assert.True(expected.Count > 1);
        await Expect(page.Locator("#thread-parts > li")).ToHaveCountAsync(expected.Count);
        await Expect(page.Locator("#thread-summary")).ToHaveTextAsync($"{expected.Count} posts on Bluesky");
        await Expect(page.Locator("#thread-parts > li").First).ToContainTextAsync(expected[0].Text);
        await Expect(page.Locator("#thread-parts > li.invalid")).ToHaveCountAsync(0);
        await Expect(page.Locator("#counters tr[data-platform=bluesky] .state")).ToContainTextAsync("over");
        await Expect(page.Locator("#counters tr[data-platform=linkedin] .state")).ToContainTextAsync("left");
        await Expect(page.Locator("#count-main")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("over-limit"));
        await Expect(page.Locator("#mirror .over").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "compose-thread");

        // Switching to a platform where it fits clears the thread.
        await page.Locator("#platform").SelectOptionAsync("linkedin");
        await Expect(page.Locator("#thread-parts > li")).ToHaveCountAsync(0);
        await Expect(page.Locator("#thread-empty")).ToHaveTextAsync("Fits in one post on LinkedIn.");
    }

    [BrowserFact]
    public async Task RoleAndPlatformSelectorsChangeWhatIsChecked()
    {
        var page = await browser.OpenAsync();
        await page.Locator("#draft").FillAsync("Grateful for my team tonight.");
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "ok");
        await page.Locator("#platform").SelectOptionAsync("mastodon");
        await Expect(page.Locator("#counters tr.selected")).ToHaveAttributeAsync("data-platform", "mastodon");
        await Expect(page.Locator("#count-main")).ToHaveTextAsync("29 / 500");
        await BrowserFixture.ScreenshotAsync(page, "compose-ok");
    }

    [BrowserFact]
    public async Task RulesPageFiltersAsYouType()
    {
        var page = await browser.OpenAsync("/rules");
        await Expect(page.Locator("#rules-table tbody tr:visible")).ToHaveCountAsync(2);
        await page.GetByLabel("Search rules").FillAsync("venting");
        await Expect(page.Locator("#rules-table tbody tr:visible")).ToHaveCountAsync(1);
        await Expect(page.Locator("#rule-count")).ToHaveTextAsync("1 of 2 rules");
        await BrowserFixture.ScreenshotAsync(page, "rules");
        await page.GotoAsync("/rules/Test.PatientAge");
        await BrowserFixture.ScreenshotAsync(page, "rule-detail");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
