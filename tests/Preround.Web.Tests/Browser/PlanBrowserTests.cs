using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Preround.Web.Tests.Plan;
using static Microsoft.Playwright.Assertions;

namespace Preround.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PlanBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task AVentingDraftAddedToTheCalendarFromComposeIsHeldInTheQueueAndTheCalendar()
    {
        var when = DateTime.Now.Date.AddDays(2).AddHours(9).AddMinutes(40);
        var page = await browser.OpenAsync();
        await page.Locator("#platform").SelectOptionAsync("mastodon");
        await page.Locator("#draft").FillAsync("Our frequent flyer is back for the third time this week.");
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "warn");

        await page.Locator("#plan-at").FillAsync(when.ToString("yyyy-MM-dd'T'HH:mm"));
        await page.Locator("#plan-note").FillAsync("reread in the morning");
        await page.Locator("#plan-add").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // NOTE: a generous wait: the check and the queue write share two cores with the rest of the suite.
        await Expect(page.Locator("#plan-added")).ToContainTextAsync("Added to the calendar", new() { Timeout = 20_000 });
        await Expect(page.Locator("#plan-hold")).ToContainTextAsync("Held until");
        await Expect(page.Locator("#plan-added")).ToContainTextAsync(when.ToString("HH:mm"));
        await Expect(page.Locator("#plan-hold")).ToContainTextAsync("venting");
        await BrowserFixture.ScreenshotAsync(page, "compose-added-to-calendar");

        await page.Locator("#plan-added a").ClickAsync();
        await Expect(page.Locator("#post-text")).ToHaveTextAsync("Our frequent flyer is back for the third time this week.");
        await Expect(page.Locator(".notice-hold")).ToContainTextAsync("Cooling-off until");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark ready" })).ToBeDisabledAsync();
        var id = Regex.Match(page.Url, @"/plan/queue/(\d+)").Groups[1].Value;

        await page.GotoAsync("/plan/queue");
        var row = page.Locator($"tr[data-post='{id}']");
        await Expect(row).ToHaveAttributeAsync("data-state", "held");
        await Expect(row.Locator(".hold")).ToContainTextAsync("Held until");
        await Expect(row.Locator(".state")).ToHaveTextAsync("Held");
        await BrowserFixture.ScreenshotAsync(page, "plan-queue");

        await page.GotoAsync($"/plan?view=month&date={when:yyyy-MM-dd}");
        var chip = page.Locator($"td[data-date='{when:yyyy-MM-dd}'] a[data-post='{id}']");
        await Expect(chip).ToHaveClassAsync(new Regex("chip-held"));
        await Expect(chip).ToContainTextAsync("09:40");
        await BrowserFixture.ScreenshotAsync(page, "plan-calendar-month");
    }

    [BrowserFact]
    public async Task MonthAndWeekViewsSwitchAndTheGridIsKeyboardNavigable()
    {
        var page = await browser.OpenAsync("/plan?view=month&date=2031-03-12");
        await Expect(page.Locator("#cal-title")).ToHaveTextAsync("March 2031");
        // March 2031 starts on a Saturday: Monday 24 February to Sunday 6 April, six weeks.
        await Expect(page.Locator("td[role=gridcell]")).ToHaveCountAsync(42);

        // Tab reaches the grid at the selected day; arrows move by day and week.
        await page.Locator("td[data-date='2031-03-12']").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator("td[data-date='2031-03-13']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("td[data-date='2031-03-20']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Home");
        await Expect(page.Locator("td[data-date='2031-03-17']")).ToBeFocusedAsync();
        await Expect(page.Locator("td[data-date='2031-03-17']")).ToHaveAttributeAsync("tabindex", "0");
        await page.Keyboard.PressAsync("PageDown");
        await Expect(page.Locator("#cal-title")).ToHaveTextAsync("April 2031");

        await page.Locator("#view-week").ClickAsync();
        await Expect(page.Locator("#cal-title")).ToHaveTextAsync("Week of 7 April 2031");
        await Expect(page.Locator("table.cal-week td[role=gridcell]")).ToHaveCountAsync(7);
        await Expect(page.Locator("#view-week")).ToHaveAttributeAsync("aria-current", "page");
        await page.Locator("#cal-next").ClickAsync();
        await Expect(page.Locator("#cal-title")).ToHaveTextAsync("Week of 14 April 2031");
        await BrowserFixture.ScreenshotAsync(page, "plan-calendar-week");

        await page.Locator("#view-month").ClickAsync();
        await Expect(page.Locator("table.cal-month")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task UploadingAHistoryShowsTheReviewChartsInThePage()
    {
        var file = Path.Combine(browser.PlanFolder, "history.csv");
        await File.WriteAllTextAsync(file, ReviewApiTests.History());
        var page = await browser.OpenAsync("/plan/review");

        await page.Locator("#history").SetInputFilesAsync(file);
        await page.Locator("#high-profile").FillAsync("celebdoc, famousmd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Review" }).ClickAsync();

        var report = page.Locator("#review");
        await Expect(report).ToBeVisibleAsync();
        await Expect(report.Locator("svg[role=img]").First).ToBeVisibleAsync();
        await Expect(report.Locator("svg[aria-label^='Original posts per ISO week']")).ToBeVisibleAsync();
        await Expect(report.Locator("svg rect.bar.drop")).ToHaveCountAsync(1);
        await Expect(report.Locator("section.actions li").First).ToBeVisibleAsync();
        await Expect(report).ToBeFocusedAsync();
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(browser.PlanFolder, "uploads")));
        await BrowserFixture.ScreenshotAsync(page, "plan-review");
    }

    [BrowserFact]
    public async Task StrategyAndContactsPagesWorkFromTheKeyboard()
    {
        var page = await browser.OpenAsync("/plan/strategy");
        await page.GetByLabel("Patient education").CheckAsync();
        await page.GetByLabel("Peers").CheckAsync();
        await page.Locator("#lane").FillAsync("asthma, inhaler technique");
        await page.GetByLabel("Bluesky").CheckAsync();
        await page.Locator("#weekly").FillAsync("3");
        await page.Locator("#role").SelectOptionAsync("np");
        await page.Locator("#weekly").PressAsync("Enter");
        await Expect(page.Locator(".notice-ok")).ToHaveTextAsync("Saved.");
        await Expect(page.Locator("#lane")).ToHaveValueAsync("asthma, inhaler technique");
        await BrowserFixture.ScreenshotAsync(page, "plan-strategy");

        await page.GotoAsync("/plan/contacts");
        await page.Locator("#c-name").FillAsync("Dr. Lee Okafor");
        await page.Locator("#c-role").SelectOptionAsync("mentor");
        await page.Locator("#c-met").FillAsync("Regional asthma meeting");
        await page.Locator("#c-next").FillAsync("2020-05-01");
        await page.Locator("#c-name").PressAsync("Enter");
        await Expect(page.Locator(".notice-ok")).ToHaveTextAsync("Contact added.");
        await Expect(page.Locator("#owed")).ToContainTextAsync("Dr. Lee Okafor");
        await BrowserFixture.ScreenshotAsync(page, "plan-contacts");
    }
}
