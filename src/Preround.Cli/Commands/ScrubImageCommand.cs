using System.CommandLine;
using System.Text.Json;
using Preround.Cli.Infrastructure;
using Preround.Imaging;

namespace Preround.Cli.Commands;

/// <summary><c>preround scrub-image IN OUT</c>: a copy of a picture without its metadata; the original is never changed.</summary>
internal static class ScrubImageCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("in") { Description = "The picture to clean (JPEG, PNG or WebP); it is only read" };
        var output = new Argument<string>("out") { Description = "Where to write the clean copy (must differ from IN)" };
        var force = new Option<bool>("--force") { Description = "Replace OUT if it exists" };
        var format = new Option<string>("--format") { Description = "Output: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("scrub-image", "Write a copy of a picture without GPS, camera, time, titles and comments, keeping how it displays.");
        command.Arguments.Add(input);
        command.Arguments.Add(output);
        command.Options.Add(force);
        command.Options.Add(format);
        command.SetAction(parse => CliRunner.Run(() =>
        {
            string inPath = parse.GetValue(input)!, outPath = parse.GetValue(output)!;
            ScrubResult result;
            try
            {
                result = ImageScrubber.ScrubFile(inPath, outPath, parse.GetValue(force));
            }
            catch (InvalidImageException e)
            {
                throw new UsageException(e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                throw new UsageException(e.Message);
            }
            if (parse.GetValue(format) == "json") WriteJson(inPath, outPath, result);
            else WriteText(Console.Out, inPath, outPath, result);
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static void WriteText(TextWriter o, string inPath, string outPath, ScrubResult r)
    {
        o.WriteLine($"Wrote {outPath} ({r.BytesOut:N0} bytes; {inPath} was {r.BytesIn:N0} bytes and is unchanged).");
        o.WriteLine(r.Removed.Count == 0 ? "Removed: nothing (no metadata found)." : $"Removed: {string.Join(", ", r.Removed)}.");
        if (r.Orientation != 1) o.WriteLine($"Kept: the orientation tag ({r.Orientation}) so the picture displays the same way.");
        o.WriteLine("Verified: the copy decodes to the same size and carries no GPS, camera, time, titles or comments.");
    }

    private static void WriteJson(string inPath, string outPath, ScrubResult r)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("input", inPath);
            w.WriteString("output", outPath);
            w.WriteString("format", r.Format.ToString().ToLowerInvariant());
            w.WriteNumber("bytes_in", r.BytesIn);
            w.WriteNumber("bytes_out", r.BytesOut);
            w.WriteStartArray("removed");
            foreach (var item in r.Removed) w.WriteStringValue(item);
            w.WriteEndArray();
            w.WriteNumber("orientation", r.Orientation);
            w.WriteBoolean("verified", true);
            w.WriteEndObject();
        }
        Console.WriteLine();
    }
}
