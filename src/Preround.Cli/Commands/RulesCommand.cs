using System.CommandLine;
using System.Text.Json;
using Preround.Cli.Infrastructure;
using Preround.Core.Domain;
using Preround.Core.Serialization;

namespace Preround.Cli.Commands;

/// <summary><c>preround rules</c>: every rule with id, category, default severity and title.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var policy = new Option<string[]>("--policy") { Description = "Include rules from these policy files or pack folders" };
        var command = new Command("rules", "List every rule: id, category, default severity and what it finds.");
        command.Options.Add(json);
        command.Options.Add(policy);
        command.SetAction(parse => CliRunner.Run(() =>
        {
            var analyzer = AnalyzerFactory.Create(parse.GetValue(policy) ?? [], compiledPatterns: false);
            var rules = analyzer.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = CheckJson.LineOptions.Encoder });
                w.WriteStartArray();
                foreach (var r in rules)
                {
                    w.WriteStartObject();
                    w.WriteString("id", r.Id);
                    w.WriteString("category", r.Category);
                    w.WriteString("severity", (analyzer.Policy.SeverityFor(r) ?? r.DefaultSeverity).Name());
                    w.WriteBoolean("enabled", analyzer.Policy.IsEnabled(r));
                    w.WriteString("title", r.Title);
                    w.WriteString("help", r.HelpUri);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.Flush();
                Console.WriteLine();
                return ExitCodes.Ok;
            }
            var idWidth = Math.Max(6, rules.Count == 0 ? 6 : rules.Max(r => r.Id.Length));
            var catWidth = Math.Max(8, rules.Count == 0 ? 8 : rules.Max(r => r.Category.Length));
            Console.WriteLine($"{"ID".PadRight(idWidth)}  {"CATEGORY".PadRight(catWidth)}  {"SEVERITY",-8}  TITLE");
            foreach (var r in rules)
            {
                var sev = analyzer.Policy.IsEnabled(r) ? (analyzer.Policy.SeverityFor(r) ?? r.DefaultSeverity).Name() : "off";
                Console.WriteLine($"{r.Id.PadRight(idWidth)}  {r.Category.PadRight(catWidth)}  {sev,-8}  {r.Title}");
            }
            Console.WriteLine();
            Console.WriteLine($"{rules.Count} rules. 'preround explain ID' prints a rule's page.");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
