using System.Diagnostics;
using System.Globalization;
using Preround.ArchiveGen;
using Preround.ArchiveGen.Bluesky;

// Writes synthetic platform archives in the real layouts, for tests, demos and the audit benchmark.
// Every post is invented from templates; about 8% carry the kind of slip the audit should find.
//   preround-archivegen --platform x --posts 100000 --out /tmp/x-100k.zip [--seed 1] [--years 6]
//   preround-archivegen --platform bluesky --posts 10000 --out /tmp/repo.car      (a bare .car, as Bluesky exports it)
var options = Args.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: preround-archivegen --platform x|mastodon|bluesky|linkedin|facebook|instagram --posts N --out PATH(.zip or new folder) [--seed N] [--years N]");
    return 2;
}
var stopwatch = Stopwatch.StartNew();
try
{
    if (options.Platform == "bluesky" && options.Out.EndsWith(".car", StringComparison.OrdinalIgnoreCase))
    {
        using var car = new FileStream(options.Out, FileMode.CreateNew);
        BlueskyWriter.Write(car, new PostFactory(options.Seed, new DateTimeOffset(2026, 6, 30, 18, 0, 0, TimeSpan.Zero), options.Years), options.Posts);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {options.Posts:N0} bluesky posts to {options.Out} in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
    using var output = new ArchiveOutput(options.Out);
    var factory = new PostFactory(options.Seed, new DateTimeOffset(2026, 6, 30, 18, 0, 0, TimeSpan.Zero), options.Years);
    switch (options.Platform)
    {
        case "x" or "twitter": XWriter.Write(output, factory, options.Posts); break;
        case "mastodon": MastodonWriter.Write(output, factory, options.Posts); break;
        case "linkedin": LinkedInWriter.Write(output, factory, options.Posts); break;
        case "facebook": MetaWriter.WriteFacebook(output, factory, options.Posts); break;
        case "instagram": MetaWriter.WriteInstagram(output, factory, options.Posts); break;
        case "bluesky":
            using (var car = output.CreateBinary(BlueskyWriter.Handle + ".car")) BlueskyWriter.Write(car, factory, options.Posts);
            break;
        default:
            Console.Error.WriteLine($"unknown platform '{options.Platform}'");
            return 2;
    }
}
catch (IOException e)
{
    Console.Error.WriteLine($"preround-archivegen: {e.Message}");
    return 2;
}
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {options.Posts:N0} {options.Platform} posts to {options.Out} in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
return 0;

internal sealed record Args(string Platform, long Posts, string Out, int Seed, int Years)
{
    public static Args? Parse(string[] args)
    {
        string? platform = null, output = null;
        long posts = 1000;
        int seed = 1, years = 6;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--platform": platform = args[i + 1].ToLowerInvariant(); break;
                case "--posts" when long.TryParse(args[i + 1], out var n) && n > 0: posts = n; break;
                case "--out": output = args[i + 1]; break;
                case "--seed" when int.TryParse(args[i + 1], out var s): seed = s; break;
                case "--years" when int.TryParse(args[i + 1], out var y) && y > 0: years = y; break;
                default: return null;
            }
        }
        return platform is null || output is null ? null : new Args(platform, posts, output, seed, years);
    }
}
