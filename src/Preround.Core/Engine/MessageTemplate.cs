using System.Text;

namespace Preround.Core.Engine;

/// <summary>Fills <c>{name}</c> placeholders in a rule's message.</summary>
internal static class MessageTemplate
{
    public static string Format(string template, string match, IReadOnlyList<KeyValuePair<string, string>>? args)
    {
        if (template.IndexOf('{') < 0) return template;
        var sb = new StringBuilder(template.Length + match.Length);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{')
            {
                var close = template.IndexOf('}', i + 1);
                if (close > i)
                {
                    var name = template.AsSpan(i + 1, close - i - 1);
                    if (TryLookup(name, match, args, out var value))
                    {
                        sb.Append(value);
                        i = close;
                        continue;
                    }
                }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool TryLookup(ReadOnlySpan<char> name, string match, IReadOnlyList<KeyValuePair<string, string>>? args, out string value)
    {
        if (name.SequenceEqual("match"))
        {
            value = match;
            return true;
        }
        if (args is not null)
        {
            foreach (var kv in args)
            {
                if (name.SequenceEqual(kv.Key))
                {
                    value = kv.Value;
                    return true;
                }
            }
        }
        value = "";
        return false;
    }
}
