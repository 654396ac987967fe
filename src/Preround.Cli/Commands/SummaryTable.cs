using Preround.Archives.Model;
using Preround.Audit;
using Preround.Audit.Reports;
using Preround.Core.Domain;
using Spectre.Console;

namespace Preround.Cli.Commands;

/// <summary>The audit's summary on the terminal: counts, categories, the first clean-up steps and import notes.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, AuditSummary s, ReportContext context, string? outPath)
    {
        var period = s.FirstPostAt is { } f && s.LastPostAt is { } l ? $"{f:yyyy-MM-dd} to {l:yyyy-MM-dd}" : "no dated posts";
        console.MarkupLine($"[bold]Archive audit[/] · {Markup.Escape(string.Join(", ", context.Formats))} · {Markup.Escape(period)}");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Posts").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Audited", $"{s.TotalPosts:N0}");
        table.AddRow("  originals / replies / reposts", $"{s.Kinds.GetValueOrDefault(PostKind.Original):N0} / {s.Kinds.GetValueOrDefault(PostKind.Reply):N0} / {s.Kinds.GetValueOrDefault(PostKind.Repost):N0}");
        table.AddRow("[red]Block[/]", $"{s.Verdicts.GetValueOrDefault(Verdict.Block):N0}");
        table.AddRow("[yellow]Warn[/]", $"{s.Verdicts.GetValueOrDefault(Verdict.Warn):N0}");
        table.AddRow("[green]OK[/]", $"{s.Verdicts.GetValueOrDefault(Verdict.Ok):N0}");
        if (s.DeletedPosts > 0) table.AddRow("Already deleted", $"{s.DeletedPosts:N0}");
        console.Write(table);

        if (s.Categories.Count > 0)
        {
            var chart = new BarChart().Width(60).Label("[bold]Flagged posts by category[/]");
            foreach (var c in s.Categories.Take(10)) chart.AddItem(Markup.Escape(c.Label), c.Posts, c.BlockPosts > 0 ? Color.Red : Color.Yellow);
            console.Write(chart);
        }
        foreach (var p in s.Patterns) console.MarkupLine($"  • {Markup.Escape(p.Sentence)}");
        foreach (var item in s.Cleanup.Take(4)) console.MarkupLine($"[bold]{item.Priority}.[/] {Markup.Escape(item.Title)}");
        foreach (var profile in context.Profiles.Where(p => p.Findings.Count > 0))
            console.MarkupLine($"[bold]Bio ({Markup.Escape(profile.Platform.Name())}):[/] {profile.Findings.Count} finding(s): {Markup.Escape(string.Join("; ", profile.Findings.Select(f => f.Message)))}");
        var problems = context.Notes.Where(n => n.Level != ImportNoteLevel.Info).ToList();
        foreach (var n in problems.Take(10)) console.MarkupLine($"[yellow]note:[/] {Markup.Escape(n.ToString())}");
        if (problems.Count > 10) console.MarkupLine($"[yellow]note:[/] and {problems.Count - 10} more in the report.");
        console.MarkupLine(outPath is not null
            ? $"Report written to [bold]{Markup.Escape(outPath)}[/]."
            : "Write the full report with [bold]--out report.html[/] (or .json, .csv).");
    }
}
