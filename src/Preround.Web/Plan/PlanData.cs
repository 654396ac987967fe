using Preround.Core.Engine;
using Preround.Planning.Contacts;
using Preround.Planning.Queue;
using Preround.Planning.Strategy;
using Preround.Storage;
using Preround.Web.Hosting;

namespace Preround.Web.Plan;

/// <summary>
/// The plan behind the web pages and API: the same database the CLI uses (opened and migrated on first use), and the
/// same Planning services, so a draft queued in the browser obeys exactly the rules of <c>preround plan</c>.
/// </summary>
internal sealed class PlanData(WebOptions options, Analyzer analyzer, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CoolingOffPolicy _coolingOff = options.CoolingOff ?? new CoolingOffPolicy();
    private readonly StorageLocation _location = options.Storage ?? StorageLocator.Resolve(null, null);
    private PlanningDatabase? _db;

    /// <summary>The user's time zone: what the calendar shows and how typed times are read.</summary>
    public TimeZoneInfo Zone { get; } = options.TimeZone ?? TimeZoneInfo.Local;

    public DateTimeOffset Now => clock.GetUtcNow();

    public CoolingOffPolicy CoolingOff => _coolingOff;

    /// <summary>Where an upload is kept while it is read.</summary>
    public string TempDirectory { get; } = options.TempDirectory ?? Path.GetTempPath();

    /// <summary>The database, migrated once per process (a schema change never loses the queue: real migrations).</summary>
    /// <exception cref="StorageException">The store cannot be opened or updated.</exception>
    public async Task<PlanningDatabase> DatabaseAsync(CancellationToken ct)
    {
        if (_db is { } ready) return ready;
        await _gate.WaitAsync(ct);
        try
        {
            if (_db is null)
            {
                var db = PlanningDatabase.Open(_location, clock);
                await db.MigrateAsync(ct);
                _db = db;
            }
            return _db;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The stores to read from: the database once it exists, and an empty plan while a SQLite file has not been created
    /// yet (so a page view never writes to the user's data folder: nothing is stored until the user saves something).
    /// </summary>
    public async Task<(IPlanStore Plans, IContactStore Contacts)> ReadAsync(CancellationToken ct)
    {
        if (_db is null && _location.Provider == StorageProvider.Sqlite && !File.Exists(_location.Target))
        {
            return (EmptyPlanStore.Instance, EmptyPlanStore.Instance);
        }
        var db = await DatabaseAsync(ct);
        return (db.Plans, db.Contacts);
    }

    /// <summary>The queue service the CLI uses, with this app's checker (and policy) and cooling-off hold.</summary>
    /// <param name="write">False for pages and calls that only read (see <see cref="ReadAsync"/>).</param>
    public async Task<QueueService> QueueAsync(CancellationToken ct, bool write = true) =>
        new(write ? (await DatabaseAsync(ct)).Plans : (await ReadAsync(ct)).Plans, new DelegateDraftChecker(analyzer.Check), clock, _coolingOff);

    /// <param name="write">False for pages and calls that only read.</param>
    public async Task<ContactService> ContactsAsync(CancellationToken ct, bool write = true) =>
        new(write ? (await DatabaseAsync(ct)).Contacts : (await ReadAsync(ct)).Contacts, clock);

    public async Task<StrategyProfile?> StrategyAsync(CancellationToken ct) => await (await ReadAsync(ct)).Plans.GetStrategyAsync(ct);

    /// <summary>A UTC time as the user reads it.</summary>
    public DateTimeOffset Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, Zone);
}
