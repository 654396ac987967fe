using System.CommandLine;
using System.Globalization;
using Preround.Cli.Infrastructure;
using Preround.Planning.Calendar;
using Preround.Planning.Queue;
using Preround.Storage;

namespace Preround.Cli.Commands.Plan;

/// <summary>Options shared by <c>plan</c> and <c>contacts</c>: where the data lives, the time zone, the cooling-off hold.</summary>
internal sealed class PlanOptions
{
    public Option<string?> Db { get; } = new("--db") { Description = "SQLite file for the plan (default: $XDG_DATA_HOME/preround/preround.db)", Recursive = true };
    public Option<string?> DbConnection { get; } = new("--db-connection") { Description = "PostgreSQL connection string (an institution's server); also PREROUND_DB_CONNECTION or config.json", Recursive = true };
    public Option<string?> TimeZone { get; } = new("--time-zone") { Description = "Time zone for times you type and see, e.g. America/Chicago (default: this computer's)", Recursive = true };
    public Option<double?> CoolingOffHours { get; } = new("--cooling-off-hours") { Description = "Hours a flagged draft waits before it can be marked ready (default 12; also PREROUND_COOLING_OFF_HOURS)", Recursive = true };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(DbConnection);
        command.Options.Add(TimeZone);
        command.Options.Add(CoolingOffHours);
    }

    /// <summary>Opens the plan database and brings its schema up to date.</summary>
    public async Task<PlanningDatabase> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var location = StorageLocator.Resolve(parse.GetValue(Db), parse.GetValue(DbConnection));
        var db = PlanningDatabase.Open(location);
        await db.MigrateAsync(ct);
        return db;
    }

    public TimeZoneInfo Zone(ParseResult parse)
    {
        var id = parse.GetValue(TimeZone);
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Local;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UsageException($"Unknown time zone '{id}'; use an IANA name such as Europe/London or America/New_York.");
        }
    }

    public CoolingOffPolicy CoolingOff(ParseResult parse)
    {
        var hours = parse.GetValue(CoolingOffHours);
        if (hours is null && Environment.GetEnvironmentVariable("PREROUND_COOLING_OFF_HOURS") is { Length: > 0 } env)
        {
            if (!double.TryParse(env, NumberStyles.Float, CultureInfo.InvariantCulture, out var h)) throw new UsageException($"PREROUND_COOLING_OFF_HOURS='{env}' is not a number of hours.");
            hours = h;
        }

        if (hours is { } value && (value < 0 || value > 14 * 24)) throw new UsageException("--cooling-off-hours must be between 0 and 336.");
        return new CoolingOffPolicy(hours is { } v ? TimeSpan.FromHours(v) : null);
    }

    /// <summary>The queue service with the built-in checker (and any .preround.yml policy found from here).</summary>
    public QueueService Queue(PlanningDatabase db, ParseResult parse)
    {
        var analyzer = new Lazy<Core.Engine.Analyzer>(() => AnalyzerFactory.Create([], compiledPatterns: false));
        return new QueueService(db.Plans, new DelegateDraftChecker(d => analyzer.Value.Check(d)), TimeProvider.System, CoolingOff(parse));
    }

    /// <summary>Reads a time the user typed, in their zone.</summary>
    public DateTimeOffset Time(ParseResult parse, string value, string option)
    {
        if (!PlanTime.TryParse(value, Zone(parse), out var when))
        {
            throw new UsageException($"{option} '{value}' is not a date and time such as 2026-03-04 08:30, 2026-03-04T08:30+01:00 or 2026-03-04.");
        }

        return when;
    }

    /// <summary>A time as the user reads it: local, with the zone's offset.</summary>
    public string Show(ParseResult parse, DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, Zone(parse)).ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
