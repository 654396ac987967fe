using System.Globalization;
using Preround.Archives.Model;
using Preround.Core.Domain;

namespace Preround.Audit.Reports;

/// <summary>One row per post (RFC 4180), for a spreadsheet: sort by risk, filter by category.</summary>
public sealed class CsvReportWriter
{
    private static readonly string[] Columns =
        ["id", "platform", "created_at", "kind", "verdict", "risk", "categories", "rules", "messages", "url", "deleted_at", "text"];

    private readonly TextWriter _out;

    public CsvReportWriter(TextWriter output)
    {
        _out = output;
        _out.Write(string.Join(',', Columns));
        _out.Write("\r\n");
    }

    public void Write(AuditedPost audited)
    {
        var p = audited.Post;
        string[] fields =
        [
            p.Id, p.Platform.Name(), ReportFormat.Iso(p.CreatedAt), p.Kind.Name(), audited.Verdict.Name(),
            audited.Risk.ToString("0.##", CultureInfo.InvariantCulture),
            string.Join(';', audited.Categories),
            string.Join(';', audited.Findings.Select(f => f.RuleId).Distinct()),
            string.Join(" | ", audited.Findings.Select(f => f.Message)),
            p.Url ?? "", p.DeletedAt is { } d ? ReportFormat.Iso(d) : "", p.Text,
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _out.Write(',');
            _out.Write(Escape(fields[i]));
        }
        _out.Write("\r\n");
    }

    /// <summary>Quotes a field when it needs it. Cells starting with = + - @ are prefixed with ' so a spreadsheet does not run them as formulas.</summary>
    internal static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
