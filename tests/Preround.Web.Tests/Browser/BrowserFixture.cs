using Microsoft.Playwright;
using Preround.Web.Hosting;
using Preround.Web.Tests.Support;

namespace Preround.Web.Tests.Browser;

/// <summary>
/// The real app on a free loopback port and Debian's Chromium driven by Playwright. Playwright never downloads a
/// browser here: it is pointed at <see cref="ChromiumPath"/>. Missing Chromium fails in CI (CI=true) and skips locally.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private PreroundApp? _app;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where this app's plan database and uploads live.</summary>
    public string PlanFolder { get; } = Path.Combine(Path.GetTempPath(), "preround-web-browser-" + Guid.NewGuid().ToString("N"));

    public Uri Address => _app!.Address;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public async Task InitializeAsync()
    {
        if (!ChromiumInstalled)
        {
            if (IsCi) throw new InvalidOperationException($"Browser tests need Chromium at {ChromiumPath}; .ci/run installs it with 'apt-get install chromium'.");
            return;
        }
        // NOTE: the plan lives in a temp folder of its own, never in the data folder of whoever runs the tests.
        Directory.CreateDirectory(Path.Combine(PlanFolder, "uploads"));
        _app = await PreroundApp.StartAsync(PlanAppFactory.Options(PlanFolder));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page on the app, sized like a laptop screen, that fails the test on any console error.</summary>
    public async Task<IPage> OpenAsync(string path = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 }, BaseURL = Address.ToString() });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // A CSP violation or a script error shows up here; none is acceptable.
            // NOTE: a 4xx answer the page handles (a refused upload shown as a message) is logged by Chromium as a
            // failed resource load; that is the app working, not a script error.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal)) throw new InvalidOperationException("Browser console error: " + message.Text);
        };
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>Saves a full-page screenshot when PREROUND_SCREENSHOTS names a folder (for looking at the pages, not for asserting).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Environment.GetEnvironmentVariable("PREROUND_SCREENSHOTS");
        if (string.IsNullOrEmpty(dir)) return;
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(PlanFolder)) Directory.Delete(PlanFolder, recursive: true);
    }
}

/// <summary>A browser test: skipped locally when Chromium is not installed, never skipped in CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserFixture.ChromiumInstalled && !BrowserFixture.IsCi) Skip = $"Chromium is not installed at {BrowserFixture.ChromiumPath} (apt-get install chromium).";
    }
}
