using System.CommandLine;
using Preround.Cli.Commands.Plan;
using Preround.Cli.Infrastructure;
using Preround.Storage;
using Preround.Web.Hosting;

namespace Preround.Cli.Commands;

/// <summary><c>preround serve</c>: the local web app (compose with live checks, rules, API) on 127.0.0.1.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = $"Port to listen on (default {WebOptions.DefaultPort})", DefaultValueFactory = _ => WebOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1). Any non-loopback address needs --token", DefaultValueFactory = _ => "127.0.0.1" };
        var token = new Option<string?>("--token") { Description = "Access token every request must carry (or set PREROUND_TOKEN); required off loopback" };
        var maxUpload = new Option<int>("--max-upload-mb") { Description = "Largest archive upload in MiB (default 512)", DefaultValueFactory = _ => 512 };
        var policy = new Option<string[]>("--policy") { Description = "Policy file or folder of rule packs (repeatable); otherwise .preround.yml is looked up from the working folder" };

        var plan = new PlanOptions();
        var command = new Command("serve", "Start the local web app: compose with live checks, audit and plan in the browser, and a REST API. Listens on 127.0.0.1 only unless told otherwise.");
        foreach (var o in new Option[] { port, host, token, maxUpload, policy }) command.Options.Add(o);
        plan.AddTo(command); // the plan store, time zone and cooling-off hold, as `preround plan` takes them
        command.SetAction((parse, ct) => PlanRunner.RunAsync(async () =>
        {
            var upload = parse.GetValue(maxUpload);
            if (upload is < 1 or > 16384) throw new UsageException("--max-upload-mb must be between 1 and 16384.");
            var options = new WebOptions
            {
                Host = parse.GetValue(host) ?? "127.0.0.1",
                Port = parse.GetValue(port),
                AccessToken = parse.GetValue(token) ?? NullIfEmpty(Environment.GetEnvironmentVariable("PREROUND_TOKEN")),
                MaxUploadBytes = (long)upload << 20,
                Analyzer = AnalyzerFactory.Create(parse.GetValue(policy) ?? [], compiledPatterns: true),
                Storage = StorageLocator.Resolve(parse.GetValue(plan.Db), parse.GetValue(plan.DbConnection)),
                TimeZone = plan.Zone(parse),
                CoolingOff = plan.CoolingOff(parse),
            };
            PreroundApp app;
            try
            {
                app = await PreroundApp.StartAsync(options, ct);
            }
            catch (WebSetupException e)
            {
                throw new UsageException(e.Message);
            }
            await using (app)
            {
                var address = app.Address.ToString();
                Console.WriteLine($"Preround is running at {address}" + (options.AccessToken is null ? "" : "?token=" + Uri.EscapeDataString(options.AccessToken)));
                Console.WriteLine("Everything stays on this computer. Press Ctrl+C to stop.");
                await app.WaitForShutdownAsync(ct);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
