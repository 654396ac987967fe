using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Preround.Web.Hosting;

/// <summary>
/// The local web app behind <c>preround serve</c>: compose with live checks, audit, plan and a REST API, served from
/// this process only. Start it with <see cref="StartAsync"/>; tests host it in process through <see cref="CreateHostBuilder"/>.
/// </summary>
public sealed class PreroundApp : IAsyncDisposable
{
    private readonly IHost _host;

    private PreroundApp(IHost host, Uri address)
    {
        _host = host;
        Address = address;
    }

    /// <summary>Where the app is listening, e.g. <c>http://127.0.0.1:5000/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The app's services (tests reach the checker and stores through it).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>
    /// A host for the app. Reads no appsettings file and no environment configuration: what the app does is decided by
    /// <paramref name="options"/> alone, so a stray file in the working folder cannot turn on request logging.
    /// </summary>
    /// <param name="options">Address, token, limits and checker.</param>
    /// <param name="useKestrel">False when the caller supplies its own server (the in-process test server).</param>
    /// <exception cref="WebSetupException">The address is not allowed or not valid.</exception>
    public static IHostBuilder CreateHostBuilder(WebOptions options, bool useKestrel = true)
    {
        BindingPolicy.Validate(options);
        return new HostBuilder()
            .ConfigureLogging(logging =>
            {
                // NOTE: draft text must never reach a log. Nothing here logs request bodies (no HTTP logging middleware),
                // and framework categories are held at Warning so that no request line with a query string is written.
                logging.ClearProviders();
                logging.AddSimpleConsole(o => { o.SingleLine = true; o.IncludeScopes = false; });
                logging.SetMinimumLevel(LogLevel.Warning);
                logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
                logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
            })
            .ConfigureWebHost(web =>
            {
                if (useKestrel)
                {
                    web.UseKestrel(k =>
                    {
                        k.AddServerHeader = false;
                        k.Limits.MaxRequestBodySize = options.MaxUploadBytes;
                        k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
                        Listen(k, options);
                    });
                }
                web.ConfigureServices(services => WebServices.Add(services, options));
                web.Configure(WebPipeline.Configure);
            });
    }

    /// <summary>Starts the app and returns once it is listening.</summary>
    /// <exception cref="WebSetupException">The address is not allowed, or the port is taken.</exception>
    public static async Task<PreroundApp> StartAsync(WebOptions options, CancellationToken ct = default)
    {
        var host = CreateHostBuilder(options).Build();
        try
        {
            await host.StartAsync(ct);
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            host.Dispose();
            throw new WebSetupException($"Port {options.Port} on {options.Host} is already in use; pick another with --port.");
        }
        var server = host.Services.GetRequiredService<IServer>();
        var first = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                    ?? $"http://{options.Host}:{options.Port}";
        return new PreroundApp(host, new Uri(first.EndsWith('/') ? first : first + "/"));
    }

    /// <summary>Waits until the app is stopped (Ctrl+C or SIGTERM).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => _host.WaitForShutdownAsync(ct);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(5));
        _host.Dispose();
    }

    private static void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions k, WebOptions options)
    {
        if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            k.ListenLocalhost(options.Port);
            return;
        }
        k.Listen(IPAddress.Parse(options.Host.Trim('[', ']')), options.Port);
    }
}
