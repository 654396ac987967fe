namespace Preround.Web.Pages;

/// <summary>The rule pages of docs/rules, embedded in the assembly so the rules browser works offline.</summary>
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
