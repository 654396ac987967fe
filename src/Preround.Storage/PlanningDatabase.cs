using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Preround.Planning.Contacts;
using Preround.Planning.Queue;

namespace Preround.Storage;

/// <summary>
/// The planner's database (SQLite or PostgreSQL): brings the schema up to date with the real migrations and hands out
/// the stores the Planning services use.
/// </summary>
public sealed class PlanningDatabase
{
    private readonly Func<PlanningDbContext> _contexts;

    private PlanningDatabase(StorageLocation location, Func<PlanningDbContext> contexts, TimeProvider clock)
    {
        Location = location;
        _contexts = contexts;
        var store = new EfPlanStore(contexts, clock);
        Plans = store;
        Contacts = store;
    }

    public StorageLocation Location { get; }

    /// <summary>Strategy and queue.</summary>
    public IPlanStore Plans { get; }

    /// <summary>Networking contacts.</summary>
    public IContactStore Contacts { get; }

    /// <summary>A database at <paramref name="location"/>; nothing is opened until it is used or migrated.</summary>
    public static PlanningDatabase Open(StorageLocation location, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        return location.Provider switch
        {
            StorageProvider.Sqlite => new PlanningDatabase(location, SqliteFactory(location.Target), clock),
            _ => new PlanningDatabase(location, PostgresFactory(location.Target), clock),
        };
    }

    /// <summary>Applies every pending migration. A new SQLite file (and its folder) is created; existing data is kept.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (Location.Provider == StorageProvider.Sqlite)
        {
            var folder = Path.GetDirectoryName(Location.Target);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }

        await using var db = _contexts();
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or InvalidOperationException or DbUpdateException)
        {
            throw new StorageException($"Could not open or update the planner database at {Location.Describe()} (from {Location.Source}): {e.Message}", e);
        }
    }

    /// <summary>Migrations applied so far, oldest first.</summary>
    public async Task<IReadOnlyList<string>> AppliedMigrationsAsync(CancellationToken ct = default)
    {
        await using var db = _contexts();
        return (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
    }

    /// <summary>Migrations not yet applied, oldest first.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken ct = default)
    {
        await using var db = _contexts();
        return (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
    }

    /// <summary>Migrates to exactly <paramref name="migration"/> (for tests of upgrades from an older schema).</summary>
    internal async Task MigrateToAsync(string migration, CancellationToken ct = default)
    {
        await using var db = _contexts();
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(migration, cancellationToken: ct);
    }

    internal PlanningDbContext CreateContext() => _contexts();

    private static Func<PlanningDbContext> SqliteFactory(string path)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<SqlitePlanningDbContext>().UseSqlite(connection).Options;
        return () => new SqlitePlanningDbContext(options);
    }

    private static Func<PlanningDbContext> PostgresFactory(string connection)
    {
        var options = new DbContextOptionsBuilder<PostgresPlanningDbContext>().UseNpgsql(connection).Options;
        return () => new PostgresPlanningDbContext(options);
    }
}
