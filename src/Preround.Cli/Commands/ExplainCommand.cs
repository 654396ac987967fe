using System.CommandLine;
using Preround.Cli.Infrastructure;

namespace Preround.Cli.Commands;

/// <summary><c>preround explain ID</c>: prints the rule's documentation page.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Rule id, e.g. PR1001" };
        var command = new Command("explain", "Print a rule's documentation: what it finds, why it matters, examples and fixes.");
        command.Arguments.Add(id);
        command.SetAction(parse => CliRunner.Run(() =>
        {
            var wanted = parse.GetValue(id)!.Trim();
            var page = RuleDocs.Find(wanted);
            if (page is not null)
            {
                Console.WriteLine(page);
                return ExitCodes.Ok;
            }
            var analyzer = AnalyzerFactory.Create([], compiledPatterns: false);
            var rule = analyzer.Rules.FirstOrDefault(r => string.Equals(r.Id, wanted, StringComparison.OrdinalIgnoreCase));
            if (rule is null) throw new UsageException($"No rule '{wanted}'. 'preround rules' lists them all.");
            // Organisation rules have no page of their own: print what their descriptor says.
            Console.WriteLine($"# {rule.Id}: {rule.Title}\n\nCategory: {rule.Category} · default severity: {rule.DefaultSeverity.ToString().ToLowerInvariant()}\n\n{rule.Rationale}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}

/// <summary>The rule pages of docs/rules, embedded in the tool so that explain works offline after install.</summary>
internal static class RuleDocs
{
    public static string? Find(string id)
    {
        var asm = typeof(RuleDocs).Assembly;
        var name = asm.GetManifestResourceNames().FirstOrDefault(n => string.Equals(n, $"docs/rules/{id}.md", StringComparison.OrdinalIgnoreCase));
        if (name is null) return null;
        using var s = asm.GetManifestResourceStream(name)!;
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}
