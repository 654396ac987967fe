using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Preround.Web.Hosting;

namespace Preround.Web.Tests.Support;

/// <summary>The app in process (TestServer), with the test rules and a log sink that keeps every message written.</summary>
// NOTE: the type argument only has to live in an assembly with an entry point (the test SDK gives this one a Main);
// the host itself comes from PreroundApp.CreateHostBuilder, exactly as `preround serve` builds it.
public sealed class WebAppFactory : WebApplicationFactory<WebAppFactory>
{
    public WebOptions Options { get; init; } = new() { Analyzer = TestRules.Analyzer };

    /// <summary>Every log message the app wrote, formatted, with its exception.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    protected override IHostBuilder CreateHostBuilder() =>
        PreroundApp.CreateHostBuilder(Options, useKestrel: false)
            .ConfigureLogging(l =>
            {
                // Everything, at every level: the draft must not appear in any of it.
                l.AddProvider(new CapturingLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Trace);
                l.AddFilter("Microsoft.AspNetCore", LogLevel.Trace);
                l.AddFilter("Microsoft.Hosting", LogLevel.Trace);
            })
            .ConfigureServices(s =>
            {
                s.AddSingleton(Logs);
                if (Clock is not null) s.AddSingleton(Clock);
            });

    /// <summary>A clock to use instead of the system's (audit expiry tests).</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}

internal sealed class CapturingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, sink);

    public void Dispose() { }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
