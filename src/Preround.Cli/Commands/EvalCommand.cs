using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Preround.Cli.Infrastructure;
using Preround.Core.Evaluation;
using Preround.Core.Serialization;

namespace Preround.Cli.Commands;

/// <summary><c>preround eval CORPUS.jsonl</c>: how well the checker does on labelled posts.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Labelled JSONL files (the format of eval/dev.jsonl)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss and false alarm" };
        var policy = new Option<string[]>("--policy") { Description = "Evaluate with these policy files or pack folders" };
        var command = new Command("eval", "Score the checker on a labelled corpus: flagged recall, block recall, false-alarm rate, per-category precision and recall.");
        command.Arguments.Add(corpus);
        command.Options.Add(json);
        command.Options.Add(verbose);
        command.Options.Add(policy);
        command.SetAction(parse => CliRunner.Run(() =>
        {
            var posts = new List<LabelledPost>();
            foreach (var path in parse.GetValue(corpus)!)
            {
                var text = InputReader.ReadFile(path);
                try
                {
                    posts.AddRange(LabelledPost.ParseLines(text.Split('\n'), path));
                }
                catch (FormatException e)
                {
                    throw new UsageException(e.Message);
                }
            }
            var analyzer = AnalyzerFactory.Create(parse.GetValue(policy) ?? [], compiledPatterns: true);
            var report = EvaluationReport.Evaluate(analyzer, posts);
            if (parse.GetValue(json)) WriteJson(report);
            else WriteText(report, parse.GetValue(verbose));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteText(EvaluationReport r, bool verbose)
    {
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"Posts: {r.Posts} ({r.Risky} risky, {r.Clean} clean)"));
        Console.WriteLine(string.Create(ci, $"Flagged recall (risky posts not ok): {r.FlaggedRecall:0.000}"));
        Console.WriteLine(string.Create(ci, $"Block recall (block posts graded block): {r.BlockRecall:0.000}"));
        Console.WriteLine(string.Create(ci, $"False-alarm rate (clean posts not ok): {r.FalseAlarmRate:0.000}"));
        Console.WriteLine();
        Console.WriteLine($"{"CATEGORY",-22} {"LABELLED",8} {"PREDICTED",9} {"PRECISION",9} {"RECALL",7}");
        foreach (var c in r.Categories)
        {
            Console.WriteLine(string.Create(ci, $"{c.Category,-22} {c.Labelled,8} {c.Predicted,9} {c.Precision,9:0.000} {c.Recall,7:0.000}"));
        }
        if (!verbose) return;
        Console.WriteLine();
        foreach (var m in r.Misses)
        {
            Console.WriteLine($"[{m.Kind}] {m.Post.Id} ({m.Post.Role.ToString().ToLowerInvariant()}, labels: {string.Join(",", m.Post.Labels)}; predicted {m.Predicted.ToString().ToLowerInvariant()}: {string.Join(",", m.PredictedCategories)})");
            Console.WriteLine($"    {m.Post.Text}");
        }
    }

    private static void WriteJson(EvaluationReport r)
    {
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = CheckJson.LineOptions.Encoder });
        w.WriteStartObject();
        w.WriteNumber("posts", r.Posts);
        w.WriteNumber("risky", r.Risky);
        w.WriteNumber("clean", r.Clean);
        w.WriteNumber("flagged_recall", Math.Round(r.FlaggedRecall, 4));
        w.WriteNumber("block_recall", Math.Round(r.BlockRecall, 4));
        w.WriteNumber("false_alarm_rate", Math.Round(r.FalseAlarmRate, 4));
        w.WriteStartObject("categories");
        foreach (var c in r.Categories)
        {
            w.WriteStartObject(c.Category);
            w.WriteNumber("labelled", c.Labelled);
            w.WriteNumber("predicted", c.Predicted);
            w.WriteNumber("precision", Math.Round(c.Precision, 4));
            w.WriteNumber("recall", Math.Round(c.Recall, 4));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
        Console.WriteLine();
    }
}
