using System.Reflection;

namespace Preround.Platforms.Text;

/// <summary>Reads the data files embedded in this assembly (see <c>Data/README.md</c>).</summary>
internal static class EmbeddedData
{
    public static Stream Open(string fileName)
    {
        var name = "Preround.Platforms.Data." + fileName;
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{fileName}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}.");
    }

    public static string ReadText(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> ReadLines(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        while (reader.ReadLine() is { } line) yield return line;
    }
}
