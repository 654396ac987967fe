using System.Text;
using Preround.Core.Domain;

namespace Preround.Core.Text;

/// <summary>Builds an <see cref="AnalyzedText"/> in one pass over the draft.</summary>
public static class TextAnalyzer
{
    /// <summary>Normalises, tokenises and splits sentences.</summary>
    public static AnalyzedText Analyze(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var buffer = new CharBuffer(original.Length + 16);
        Normalize(original, buffer);
        var normalized = buffer.ToString();
        var map = buffer.MapWithEnd(original.Length);
        var deobfuscated = Deobfuscator.Fold(normalized);
        var sentenceEnds = SentenceSplitter.Split(normalized);
        var tokens = Tokenizer.Tokenize(normalized, sentenceEnds);
        var sentences = new TextSpan[sentenceEnds.Count];
        var start = 0;
        for (var i = 0; i < sentenceEnds.Count; i++)
        {
            sentences[i] = TextSpan.FromBounds(start, sentenceEnds[i]);
            start = sentenceEnds[i];
        }
        return new AnalyzedText(original, normalized, deobfuscated, map, tokens, sentences);
    }

    private static void Normalize(string s, CharBuffer buffer)
    {
        var inHashtag = false;
        var upperRun = 0;
        var prevWasLower = false;
        var prevWasDigit = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '#' && (i == 0 || !char.IsLetterOrDigit(s[i - 1])) && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
            {
                inHashtag = true;
                upperRun = 0;
                prevWasLower = prevWasDigit = false;
                buffer.Append('#', i);
                continue;
            }
            if (inHashtag)
            {
                if (c < 128 && (char.IsLetterOrDigit(c) || c == '_'))
                {
                    // NOTE: hashtags are split into words at case and digit changes so lexicons see
                    // "#NursesOfTikTok" as "nurses of tik tok" and "#ICUNurse" as "icu nurse".
                    var isUpper = char.IsUpper(c);
                    var isDigit = char.IsDigit(c);
                    if (c == '_')
                    {
                        buffer.Append(' ', i);
                        upperRun = 0; prevWasLower = prevWasDigit = false;
                        continue;
                    }
                    if (isUpper && prevWasLower) buffer.Append(' ', i);
                    else if (!isUpper && !isDigit && upperRun >= 2) buffer.InsertSpaceBeforeLast(i - 1);
                    else if (isDigit != prevWasDigit && buffer.Length > 0 && buffer.Last != '#') buffer.Append(' ', i);
                    buffer.Append(char.ToLowerInvariant(c), i);
                    upperRun = isUpper ? upperRun + 1 : 0;
                    prevWasLower = !isUpper && !isDigit;
                    prevWasDigit = isDigit;
                    continue;
                }
                if (c >= 128 && char.IsLetter(c))
                {
                    AppendFolded(s, ref i, buffer);
                    continue;
                }
                inHashtag = false;
            }
            if (c < 128)
            {
                buffer.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c, i);
                continue;
            }
            AppendFolded(s, ref i, buffer);
        }
    }

    private static void AppendFolded(string s, ref int i, CharBuffer buffer)
    {
        var c = s[i];
        switch (c)
        {
            case '\u2018': case '\u2019': case '\u201B': case '\u02BC': case '\u2032': case '`':
                buffer.Append('\'', i); return;
            case '\u201C': case '\u201D': case '\u201F': case '\u2033':
                buffer.Append('"', i); return;
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                buffer.Append('-', i); return;
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A':
                buffer.Append(' ', i); return;
            case '\u200B': case '\u00AD': case '\uFEFF': case '\u2060':
                // NOTE: invisible characters are dropped: they are used to slip words past filters.
                return;
        }
        var len = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        var piece = s.Substring(i, len);
        var origin = i;
        i += len - 1;
        // Emoji and other symbols pass through untouched (NFKC would strip variation selectors meaning).
        if (len == 2 && char.ConvertToUtf32(piece[0], piece[1]) is >= 0x1F000)
        {
            buffer.Append(piece[0], origin);
            buffer.Append(piece[1], origin);
            return;
        }
        string folded;
        try
        {
            folded = piece.IsNormalized(NormalizationForm.FormKC) ? piece : piece.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; keep it as is.
            folded = piece;
        }
        foreach (var ch in folded)
        {
            buffer.Append(FoldDiacritic(char.ToLowerInvariant(ch)), origin);
        }
    }

    // NOTE: accents are folded so "café", "naïve" and "Señor" match plain-ASCII lexicons; combining marks
    // produced by NFKC are dropped by the tokenizer's letter test anyway.
    private static char FoldDiacritic(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    };

    private sealed class CharBuffer(int capacity)
    {
        private char[] _chars = new char[capacity];
        private int[] _map = new int[capacity + 1];

        public int Length { get; private set; }

        public char Last => _chars[Length - 1];

        public void Append(char c, int origin)
        {
            if (Length == _chars.Length) Grow();
            _chars[Length] = c;
            _map[Length] = origin;
            Length++;
        }

        public void InsertSpaceBeforeLast(int origin)
        {
            if (Length == 0) return;
            var last = _chars[Length - 1];
            var lastOrigin = _map[Length - 1];
            _chars[Length - 1] = ' ';
            _map[Length - 1] = lastOrigin;
            Append(last, lastOrigin);
            _ = origin;
        }

        public int[] MapWithEnd(int originalLength)
        {
            var result = new int[Length + 1];
            Array.Copy(_map, result, Length);
            result[Length] = originalLength;
            return result;
        }

        public override string ToString() => new(_chars, 0, Length);

        private void Grow()
        {
            Array.Resize(ref _chars, _chars.Length * 2);
            Array.Resize(ref _map, _chars.Length + 1);
        }
    }
}
