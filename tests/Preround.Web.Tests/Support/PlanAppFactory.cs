using Microsoft.Data.Sqlite;
using Preround.Storage;
using Preround.Web.Hosting;

namespace Preround.Web.Tests.Support;

/// <summary>
/// The app in process with its own SQLite plan file and upload folder (one per test class), the test rules, and the
/// calendar in UTC so that times in assertions read as written.
/// </summary>
public sealed class PlanAppFactory : IDisposable
{
    public PlanAppFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "preround-web-plan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(UploadFolder);
        Web = new WebAppFactory { Options = Options(Folder) };
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "plan.db");

    public string UploadFolder => Path.Combine(Folder, "uploads");

    public WebAppFactory Web { get; }

    /// <summary>Options for an app whose plan lives in <paramref name="folder"/>.</summary>
    public static WebOptions Options(string folder, int port = 0) => new()
    {
        Port = port,
        Analyzer = TestRules.Analyzer,
        Storage = new StorageLocation(StorageProvider.Sqlite, Path.Combine(folder, "plan.db"), "test"),
        TimeZone = TimeZoneInfo.Utc,
        TempDirectory = Path.Combine(folder, "uploads"),
    };

    public HttpClient CreateClient() => Web.CreateClient();

    public void Dispose()
    {
        Web.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a handle still closing; the temp folder is cleaned by the system */ }
    }
}
