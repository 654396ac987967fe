using System.Diagnostics;
using System.Net.Http.Json;
using Preround.Web.Hosting;

namespace Preround.Bench.Web;

/// <summary>
/// Check-as-you-type under load: 20 typists at once against the real app on 127.0.0.1, each doing what the compose
/// page does after every debounced pause (POST /api/check and /api/fit together, wait for both). Reports the round
/// trip at p50/p95/p99. Bounded in time and count; only loopback is ever contacted.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project bench/Preround.Bench -- web-load [typists] [seconds] [pause-ms]</c>.
/// A pause of 150 ms is a fast typist with the page's 140 ms debounce; 0 sends the next check as soon as the last one
/// returns (a stress figure, far above what people do).
/// </remarks>
internal static class TypistLoad
{
    public static async Task RunAsync(string[] args)
    {
        var typists = args.Length > 1 ? int.Parse(args[1]) : 20;
        var seconds = args.Length > 2 ? int.Parse(args[2]) : 20;
        var pauseMs = args.Length > 3 ? int.Parse(args[3]) : 150;
        var posts = BenchCorpus.Load().Select(p => p.Text).Where(t => t.Length > 20).ToList();
        if (posts.Count == 0) throw new InvalidOperationException("No corpus posts found; run from the repository.");

        await using var app = await PreroundApp.StartAsync(new WebOptions { Port = 0 });
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = typists * 2, UseProxy = false }) { BaseAddress = app.Address };

        // Warm up: JIT, compiled patterns, connection pool.
        for (var i = 0; i < 200; i++) await RoundTrip(http, posts[i % posts.Count], "x");

        var latencies = new List<double>[typists];
        var stop = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, typists).Select(t => Task.Run(async () =>
        {
            var mine = latencies[t] = new List<double>();
            var rng = new Random(t);
            var platforms = new[] { "x", "bluesky", "mastodon", "linkedin" };
            while (stop.Elapsed.TotalSeconds < seconds && mine.Count < 100_000)
            {
                var post = posts[rng.Next(posts.Count)];
                // Type the post in bursts of 3-8 characters, checking after each pause, as the page does.
                for (var end = Math.Min(post.Length, 5); stop.Elapsed.TotalSeconds < seconds; end = Math.Min(post.Length, end + rng.Next(3, 9)))
                {
                    var sw = Stopwatch.StartNew();
                    await RoundTrip(http, post[..end], platforms[t % platforms.Length]);
                    mine.Add(sw.Elapsed.TotalMilliseconds);
                    if (pauseMs > 0) await Task.Delay(pauseMs);
                    if (end == post.Length) break;
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = stop.Elapsed.TotalSeconds;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        Console.WriteLine($"typists={typists} seconds={elapsed:F1} pause_ms={pauseMs} round_trips={all.Length} ({all.Length / elapsed:F0}/s; each = /api/check + /api/fit)");
        Console.WriteLine($"p50={Pct(all, 50):F2} ms  p95={Pct(all, 95):F2} ms  p99={Pct(all, 99):F2} ms  max={all[^1]:F2} ms");
        Console.WriteLine($"cores={Environment.ProcessorCount} (client and server share them)");
    }

    private static async Task RoundTrip(HttpClient http, string text, string platform)
    {
        var check = http.PostAsJsonAsync("/api/check", new { text, platform, role = "resident" });
        var fit = http.PostAsJsonAsync("/api/fit", new { text });
        foreach (var response in await Task.WhenAll(check, fit))
        {
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            response.Dispose();
        }
    }

    private static double Pct(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
