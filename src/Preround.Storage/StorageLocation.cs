using System.Text.Json;
using Npgsql;

namespace Preround.Storage;

/// <summary>Which database engine holds the planner's data.</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the planner's data lives: a SQLite file, or a PostgreSQL connection string.</summary>
/// <param name="Source">How it was chosen (<c>--db</c>, an environment variable, the config file, the default), for messages.</param>
public sealed record StorageLocation(StorageProvider Provider, string Target, string Source)
{
    /// <summary>A description safe to print: the file path, or host, port and database without the password.</summary>
    public string Describe()
    {
        if (Provider == StorageProvider.Sqlite) return Target;
        try
        {
            var b = new NpgsqlConnectionStringBuilder(Target);
            return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException)
        {
            return "postgresql (connection string not readable)";
        }
    }
}

/// <summary>
/// Decides where the planner's data lives, first match wins: <c>--db-connection</c>, <c>--db</c>, the environment
/// (<c>PREROUND_DB_CONNECTION</c>, <c>PREROUND_DB</c>), the config file (<c>$XDG_CONFIG_HOME/preround/config.json</c>,
/// <c>{"storage": {"connection": "…"}}</c> or <c>{"storage": {"path": "…"}}</c>), then the SQLite file in the user's
/// data folder (<c>$XDG_DATA_HOME/preround/preround.db</c>, or <c>~/.local/share/preround/preround.db</c>).
/// </summary>
public static class StorageLocator
{
    public const string ConnectionVariable = "PREROUND_DB_CONNECTION";
    public const string PathVariable = "PREROUND_DB";

    /// <param name="dbPath">The <c>--db</c> option.</param>
    /// <param name="dbConnection">The <c>--db-connection</c> option (PostgreSQL).</param>
    /// <param name="environment">Environment lookup; the process environment when null.</param>
    public static StorageLocation Resolve(string? dbPath, string? dbConnection, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (dbPath is not null && dbConnection is not null) throw new StorageException("Give either --db or --db-connection, not both.");
        if (!string.IsNullOrWhiteSpace(dbConnection)) return Postgres(dbConnection, "--db-connection");
        if (!string.IsNullOrWhiteSpace(dbPath)) return Sqlite(dbPath, "--db");
        if (environment(ConnectionVariable) is { Length: > 0 } envConnection) return Postgres(envConnection, ConnectionVariable);
        if (environment(PathVariable) is { Length: > 0 } envPath) return Sqlite(envPath, PathVariable);
        var config = ConfigPath(environment);
        if (File.Exists(config) && FromConfig(config) is { } configured) return configured;
        return Sqlite(DefaultDatabasePath(environment), "default");
    }

    /// <summary>The default SQLite file following the XDG base directory rules.</summary>
    public static string DefaultDatabasePath(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var dataHome = environment("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome) || !Path.IsPathRooted(dataHome))
        {
            // NOTE: XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
            dataHome = Path.Combine(Home(environment), ".local", "share");
        }

        return Path.Combine(dataHome, "preround", "preround.db");
    }

    /// <summary>The config file the storage settings are read from.</summary>
    public static string ConfigPath(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var configHome = environment("XDG_CONFIG_HOME");
        if (string.IsNullOrWhiteSpace(configHome) || !Path.IsPathRooted(configHome)) configHome = Path.Combine(Home(environment), ".config");
        return Path.Combine(configHome, "preround", "config.json");
    }

    private static StorageLocation? FromConfig(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("storage", out var storage)) return null;
            if (storage.ValueKind != JsonValueKind.Object) throw new StorageException($"{path}: \"storage\" must be an object with \"connection\" or \"path\".");
            if (storage.TryGetProperty("connection", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } conn)
            {
                return Postgres(conn, path);
            }

            if (storage.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String && p.GetString() is { Length: > 0 } file)
            {
                return Sqlite(file, path);
            }

            throw new StorageException($"{path}: \"storage\" needs a \"connection\" (PostgreSQL) or a \"path\" (SQLite file) string.");
        }
        catch (JsonException e)
        {
            throw new StorageException($"{path}: not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}", e);
        }
    }

    private static StorageLocation Postgres(string connection, string source)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException e)
        {
            throw new StorageException($"The PostgreSQL connection string from {source} is not valid: {e.Message}", e);
        }

        return new StorageLocation(StorageProvider.Postgres, connection, source);
    }

    private static StorageLocation Sqlite(string path, string source)
    {
        var expanded = path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(Home(Environment.GetEnvironmentVariable), path[2..]) : path;
        return new StorageLocation(StorageProvider.Sqlite, Path.GetFullPath(expanded), source);
    }

    private static string Home(Func<string, string?> environment) =>
        environment("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
