using System.Text.Encodings.Web;

namespace Preround.Web.Pages;

/// <summary>HTML encoding for server-rendered pages: every value that is not markup goes through <see cref="E"/>.</summary>
internal static class Html
{
    public static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    public static string Options(IEnumerable<(string Value, string Label)> options, string? selected) =>
        string.Concat(options.Select(o => $"<option value=\"{E(o.Value)}\"{(o.Value == selected ? " selected" : "")}>{E(o.Label)}</option>"));
}
