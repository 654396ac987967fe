using System.Buffers;

namespace Preround.Core.Text;

/// <summary>
/// The literal strings a regular expression cannot match without, derived from its pattern once: a rule asks
/// <see cref="MayMatch"/> before running the regex and skips it on drafts that lack them. The gate is exact (it never
/// skips a text the pattern matches), so it changes speed, not findings.
/// </summary>
/// <remarks>
/// For every top-level alternative the pattern is read as a sequence of atoms; each atom that must occur contributes
/// the strings one of which any match of it contains (a run of plain characters gives one string, a group of
/// alternatives gives one string per alternative). A text may match an alternative only when it holds one string of
/// each such set. Constructs the reader does not model (inline options, conditionals, pattern whitespace) make the gate
/// always pass. Case-sensitive patterns only: callers gate patterns run on <see cref="AnalyzedText.Normalized"/>.
/// </remarks>
public sealed class RequiredLiterals
{
    // NOTE: each set costs one vectorised scan of the text; two per alternative take nearly all of the benefit.
    private const int SetsPerAlternative = 2;

    // Null when the pattern has an alternative with no required literal: the gate always passes.
    private readonly SearchValues<string>[][]? _alternatives;

    private RequiredLiterals(List<List<HashSet<string>>>? alternatives)
    {
        Sets = alternatives?.Select(a => (IReadOnlyList<IReadOnlyList<string>>)a.Select(s => (IReadOnlyList<string>)s.Order(StringComparer.Ordinal).ToArray()).ToArray()).ToArray();
        _alternatives = alternatives?.Select(a => a.Select(s => SearchValues.Create(s.ToArray(), StringComparison.Ordinal)).ToArray()).ToArray();
    }

    /// <summary>Per top-level alternative, the literal sets it needs (one string of each); null when nothing is required.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>? Sets { get; }

    /// <summary>Reads <paramref name="pattern"/> (a case-sensitive .NET regular expression).</summary>
    public static RequiredLiterals Of(string pattern)
    {
        try
        {
            var reader = new PatternReader(pattern);
            var alternatives = reader.Alternation();
            if (reader.Position != pattern.Length) return new RequiredLiterals(null);
            var kept = new List<List<HashSet<string>>>(alternatives.Count);
            foreach (var sets in alternatives)
            {
                if (sets.Count == 0) return new RequiredLiterals(null);
                kept.Add(sets.OrderByDescending(Score).ThenBy(s => s.Count).Take(SetsPerAlternative).ToList());
            }
            return new RequiredLiterals(kept);
        }
        catch (NotSupportedException)
        {
            return new RequiredLiterals(null);
        }
    }

    /// <summary>False only when no match of the pattern can occur in <paramref name="text"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (_alternatives is null) return true;
        foreach (var sets in _alternatives)
        {
            var all = true;
            foreach (var set in sets)
            {
                if (!text.ContainsAny(set)) { all = false; break; }
            }
            if (all) return true;
        }
        return false;
    }

    // The shortest string decides how often a set passes by chance.
    private static int Score(HashSet<string> set) => set.Min(s => s.Length);

    /// <summary>A small recursive reader of the pattern's syntax: enough to find what every match must contain.</summary>
    private sealed class PatternReader(string pattern)
    {
        public int Position;

        // alternative ('|' alternative)*; each alternative as the sets of literals it requires.
        public List<List<HashSet<string>>> Alternation()
        {
            var alternatives = new List<List<HashSet<string>>> { Sequence() };
            while (Position < pattern.Length && pattern[Position] == '|')
            {
                Position++;
                alternatives.Add(Sequence());
            }
            return alternatives;
        }

        private List<HashSet<string>> Sequence()
        {
            var sets = new List<HashSet<string>>();
            var run = new System.Text.StringBuilder();
            void Flush()
            {
                if (run.Length > 0) sets.Add([run.ToString()]);
                run.Clear();
            }
            while (Position < pattern.Length && pattern[Position] is not ('|' or ')'))
            {
                if (Literal() is { } c)
                {
                    var (optional, repeated) = Quantifier();
                    if (optional) { Flush(); continue; }
                    run.Append(c);
                    if (repeated) Flush();
                    continue;
                }
                Flush();
                var required = NonLiteral();
                var (opt, _) = Quantifier();
                if (!opt && required is not null) sets.AddRange(required);
            }
            Flush();
            return sets;
        }

        // A plain character (escaped or not) at the position, consumed; null (nothing consumed) for anything else.
        private char? Literal()
        {
            var c = pattern[Position];
            if (c == '\\')
            {
                if (Position + 1 >= pattern.Length) throw new NotSupportedException();
                var e = pattern[Position + 1];
                char? value = e switch
                {
                    'n' => '\n', 't' => '\t', 'r' => '\r', 'f' => '\f', 'v' => '\v', 'e' => '\u001B', 'a' => '\a',
                    'u' when IsHex(Position + 2, 4) => (char)Convert.ToInt32(pattern.Substring(Position + 2, 4), 16),
                    'x' when IsHex(Position + 2, 2) => (char)Convert.ToInt32(pattern.Substring(Position + 2, 2), 16),
                    _ when char.IsLetterOrDigit(e) => null,
                    _ => e,
                };
                if (value is null) return null;
                Position += e switch { 'u' => 6, 'x' => 4, _ => 2 };
                return value;
            }
            if (c is '.' or '^' or '$' or '[' or '(' or ')' or '|' or '*' or '+' or '?' or '{') return null;
            Position++;
            return c;
        }

        private bool IsHex(int start, int count) =>
            start + count <= pattern.Length && pattern.AsSpan(start, count).IndexOfAnyExcept("0123456789abcdefABCDEF") < 0;

        // A class, an escape such as \s or \b, an anchor, '.', or a group; returns what a match of it must contain.
        private List<HashSet<string>>? NonLiteral()
        {
            var c = pattern[Position];
            switch (c)
            {
                case '\\':
                    var e = pattern[Position + 1];
                    Position += 2;
                    if (e is 'p' or 'P' or 'k')
                    {
                        var close = pattern.IndexOfAny(['}', '>', '\''], Position);
                        if (close < 0) throw new NotSupportedException();
                        Position = close + 1;
                    }
                    else if (char.IsDigit(e))
                    {
                        while (Position < pattern.Length && char.IsDigit(pattern[Position])) Position++;
                    }
                    return null;
                case '[':
                    SkipClass();
                    return null;
                case '.' or '^' or '$':
                    Position++;
                    return null;
                case '(':
                    return Group();
                default:
                    // A quantifier with nothing before it, or an unmatched ')'.
                    throw new NotSupportedException();
            }
        }

        private void SkipClass()
        {
            Position++;
            if (Position < pattern.Length && pattern[Position] == '^') Position++;
            if (Position < pattern.Length && pattern[Position] == ']') Position++;
            while (Position < pattern.Length)
            {
                var c = pattern[Position];
                if (c == '\\') { Position += 2; continue; }
                if (c == '[') { SkipClass(); continue; }
                Position++;
                if (c == ']') return;
            }
            throw new NotSupportedException();
        }

        private List<HashSet<string>>? Group()
        {
            Position++;
            var lookaround = false;
            if (pattern[Position] == '?')
            {
                var rest = pattern.AsSpan(Position);
                if (rest.StartsWith("?:") || rest.StartsWith("?>")) Position += 2;
                else if (rest.StartsWith("?=") || rest.StartsWith("?!")) { Position += 2; lookaround = true; }
                else if (rest.StartsWith("?<=") || rest.StartsWith("?<!")) { Position += 3; lookaround = true; }
                else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
                {
                    var close = pattern.IndexOfAny(['>', '\''], Position + 2);
                    if (close < 0) throw new NotSupportedException();
                    Position = close + 1;
                }
                else throw new NotSupportedException(); // inline options, comments, conditionals
            }
            var inner = Alternation();
            if (Position >= pattern.Length || pattern[Position] != ')') throw new NotSupportedException();
            Position++;
            if (lookaround) return null;
            if (inner.Count == 1) return inner[0];
            // One of the alternatives matches: the union of each alternative's best set is required.
            var union = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sets in inner)
            {
                if (sets.Count == 0) return null;
                union.UnionWith(sets.OrderByDescending(Score).ThenBy(s => s.Count).First());
            }
            return [union];
        }

        // Consumes a quantifier after an atom: whether the atom may be absent, and whether it may repeat.
        private (bool Optional, bool Repeated) Quantifier()
        {
            if (Position >= pattern.Length) return (false, false);
            (bool, bool) result;
            switch (pattern[Position])
            {
                case '?': Position++; result = (true, false); break;
                case '*': Position++; result = (true, true); break;
                case '+': Position++; result = (false, true); break;
                case '{':
                    var close = pattern.IndexOf('}', Position);
                    if (close < 0) return (false, false);
                    var body = pattern.AsSpan(Position + 1, close - Position - 1);
                    var comma = body.IndexOf(',');
                    var min = comma < 0 ? body : body[..comma];
                    if (!int.TryParse(min, out var least)) return (false, false); // a literal '{'
                    Position = close + 1;
                    result = (least == 0, true);
                    break;
                default: return (false, false);
            }
            if (Position < pattern.Length && pattern[Position] is '?' or '+') Position++;
            return result;
        }
    }
}
