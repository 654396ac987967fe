using System.Text;
using Microsoft.Playwright;
using Preround.Web.Tests.Api;
using Preround.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Preround.Web.Tests.Browser;

/// <summary>The audit, redact, photo and settings features driven through the real pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task UploadingAnArchiveShowsProgressThenTheReportWithItsChart()
    {
        var page = await browser.OpenAsync("/audit");
        await page.GetByLabel("Check the posts as").SelectOptionAsync("resident");
        await page.GetByLabel("Archive file").SetInputFilesAsync(new FilePayload { Name = "twitter-archive.zip", MimeType = "application/zip", Buffer = SyntheticArchives.XZip() });

        await page.GetByRole(AriaRole.Button, new() { Name = "Start audit" }).ClickAsync();

        await Expect(page.Locator("#result")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("#result-file")).ToHaveTextAsync("twitter-archive.zip");
        await Expect(page.Locator("#result-tiles .tile").First).ToContainTextAsync(SyntheticArchives.Posts.Length.ToString());
        var report = page.FrameLocator("#report-frame");
        await Expect(report.Locator("h1")).ToHaveTextAsync("What your posting history says");
        await Expect(report.Locator("svg").First).ToBeVisibleAsync();
        await Expect(report.Locator("text=checked as").First).ToContainTextAsync("resident");
        await Expect(page.Locator("#download-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/api/audit/[0-9a-f]{32}/report\.csv\?download=true$"));
        await BrowserFixture.ScreenshotAsync(page, "audit-report");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-json").ClickAsync());
        Assert.Equal("preround-audit-twitter-archive.json", download.SuggestedFilename);

        await page.GetByRole(AriaRole.Button, new() { Name = "Forget this audit" }).ClickAsync();
        await Expect(page.Locator("#result")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task AFileThatIsNoArchiveSaysWhatIsWrong()
    {
        var page = await browser.OpenAsync("/audit");
        await page.GetByLabel("Archive file").SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("nothing to see") });

        await page.GetByLabel("Archive file").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Locator("#audit-start").ClickAsync();

        await Expect(page.Locator("#audit-error")).ToContainTextAsync("notes.txt: no archive layout recognised");
        await Expect(page.Locator("#result")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "audit-error");
    }

    [BrowserFact]
    public async Task RedactShowsTheSaferVersionAndUsesItOnlyWhenChosenUndoably()
    {
        const string text = "A 54-year-old man in bed 4 came in at 3am with chest pain.";
        var page = await browser.OpenAsync();
        await page.Locator("#draft").FillAsync(text);
        await Expect(page.Locator("#verdict")).Not.ToHaveAttributeAsync("data-verdict", "none");

        await page.GetByRole(AriaRole.Button, new() { Name = "Redact" }).ClickAsync();

        await Expect(page.Locator("#redaction")).ToBeVisibleAsync();
        await Expect(page.Locator("#redaction-changes")).ToContainTextAsync("54-year-old");
        await Expect(page.Locator("#redaction-changes")).ToContainTextAsync("bed 4");
        await Expect(page.Locator("#redaction-residual li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#draft")).ToHaveValueAsync(text);
        var safer = await page.Locator("#redaction-text").TextContentAsync();
        Assert.DoesNotContain("bed 4", safer);
        await BrowserFixture.ScreenshotAsync(page, "compose-redact");

        await page.GetByRole(AriaRole.Button, new() { Name = "Use this version" }).ClickAsync();
        await Expect(page.Locator("#draft")).ToHaveValueAsync(safer!);
        await Expect(page.Locator("#redaction")).ToBeHiddenAsync();

        await page.Locator("#undo").ClickAsync();
        await Expect(page.Locator("#draft")).ToHaveValueAsync(text);
    }

    [BrowserFact]
    public async Task AnAttachedPhotosFindingsJoinTheVerdictWithWhatWasFoundAndWhere()
    {
        var page = await browser.OpenAsync();
        await page.Locator("#draft").FillAsync("Grateful for my team tonight.");
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "ok");

        await page.Locator("#photo").SetInputFilesAsync(new FilePayload { Name = "wristband.jpg", MimeType = "image/jpeg", Buffer = PhotoCheckApiTests.Fixture("wristband.jpg") });

        await Expect(page.Locator("#photo-card")).ToBeVisibleAsync();
        await Expect(page.Locator("#photo-findings > li").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("#photo-findings")).ToContainTextAsync("42.36010, -71.05890");
        await Expect(page.Locator("#photo-findings")).ToContainTextAsync("in the file's metadata (EXIF GPS)");
        await Expect(page.Locator("#verdict")).Not.ToHaveAttributeAsync("data-verdict", "ok");
        await Expect(page.Locator("#verdict .verdict-sub")).ToContainTextAsync("in the photo");
        await BrowserFixture.ScreenshotAsync(page, "compose-photo");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove photo" }).ClickAsync();
        await Expect(page.Locator("#photo-card")).ToBeHiddenAsync();
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "ok");
    }

    [BrowserFact]
    public async Task ADraftTooLongForThePlatformIsNeverLooksFine()
    {
        var text = string.Join(" ", Enumerable.Repeat("Sleep debt builds quietly over a run of night shifts.", 8));
        var page = await browser.OpenAsync();
        await page.Locator("#platform").SelectOptionAsync("x");

        await page.Locator("#draft").FillAsync(text);

        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "fit");
        await Expect(page.Locator("#verdict .verdict-title")).ToHaveTextAsync("Does not fit X as it is");
        await Expect(page.Locator("#verdict .verdict-sub")).ToContainTextAsync("over the 280 limit");
        await page.Locator("#platform").SelectOptionAsync("linkedin");
        await Expect(page.Locator("#verdict")).ToHaveAttributeAsync("data-verdict", "ok");
    }

    [BrowserFact]
    public async Task SettingsAreRememberedInTheBrowserAndComposeStartsFromThem()
    {
        var page = await browser.OpenAsync("/settings");
        await page.GetByLabel("Your role").SelectOptionAsync("pharmacist");
        await page.GetByLabel("Usual platform").SelectOptionAsync("mastodon");
        await page.GetByLabel("Specialty").FillAsync("oncology");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(page.Locator("#prefs-status")).ToHaveTextAsync("Saved in this browser.");

        await page.GotoAsync("/");
        await Expect(page.Locator("#role")).ToHaveValueAsync("pharmacist");
        await Expect(page.Locator("#platform")).ToHaveValueAsync("mastodon");
        await page.GotoAsync("/audit");
        await Expect(page.Locator("#audit-specialty")).ToHaveValueAsync("oncology");

        await page.GotoAsync("/settings");
        await page.GetByLabel("Or upload a policy or pack").SetInputFilesAsync(new FilePayload
        {
            Name = "org-pack.yml", MimeType = "text/yaml", Buffer = Encoding.UTF8.GetBytes("rules:\n  - id: Org.Broken\n    title: x\n    severity: catastrophic\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Validate" }).ClickAsync();
        await Expect(page.Locator("#policy-result .errors li").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"^org-pack\.yml:\d+:\d+: "));
        await BrowserFixture.ScreenshotAsync(page, "settings");
    }

    [BrowserFact]
    public async Task EveryControlOnTheNewPagesHasALabel()
    {
        foreach (var path in new[] { "/", "/audit", "/settings" })
        {
            var page = await browser.OpenAsync(path);
            var unlabelled = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('input, select, textarea, button')]
                  .filter((el) => !el.hidden && el.type !== 'hidden')
                  .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby') && !(el.textContent || '').trim())
                  .map((el) => el.id || el.outerHTML.slice(0, 60))
                """);
            Assert.True(unlabelled.Length == 0, $"{path}: unlabelled controls: {string.Join(", ", unlabelled)}");
        }
    }
}
