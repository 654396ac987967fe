using System.Buffers;
using System.Text;
using System.Text.Json;
using Preround.Core.Domain;
using Preround.Core.Engine;
using Preround.Core.Serialization;

namespace Preround.Cli.Infrastructure;

/// <summary>
/// <c>check --jsonl</c>: reads <c>{"id","text","author_role"?,"platform"?,"account"?,"context"?}</c> lines and writes
/// one result line per input line, in order, checking chunks of lines in parallel.
/// </summary>
internal sealed class BatchChecker(Analyzer analyzer, AuthorProfile defaultAuthor, Platform defaultPlatform, DraftContext defaultContext)
{
    private const int ChunkLines = 2048;

    /// <summary>Processes the whole stream; returns whether every line could be read and the worst verdict.</summary>
    /// <param name="input">JSONL drafts, UTF-8.</param>
    /// <param name="output">Where the result lines go, one per input line, in input order.</param>
    /// <param name="check">Checks one draft; the analyzer's own check when null.</param>
    /// <param name="writeLine">Writes the output line for one draft instead of a check result (used by <c>redact --jsonl</c>); returns the verdict it stands for.</param>
    public (int BadLines, Verdict Worst) Run(Stream input, Stream output, Func<Draft, CheckResult>? check = null, Func<Utf8JsonWriter, string?, Draft, Verdict>? writeLine = null)
    {
        check ??= analyzer.Check;
        var reader = new LineReader(input);
        var lines = new List<(long Number, byte[] Bytes)>(ChunkLines);
        var results = new byte[ChunkLines][];
        var bad = 0;
        var worst = Verdict.Ok;
        var lineNumber = 0L;
        while (true)
        {
            lines.Clear();
            while (lines.Count < ChunkLines && reader.Next() is { } line)
            {
                lineNumber++;
                if (IsBlank(line)) continue;
                lines.Add((lineNumber, line));
            }
            if (lines.Count == 0) break;
            var chunkBad = 0;
            var chunkWorst = 0;
            Parallel.For(0, lines.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, () => new ArrayBufferWriter<byte>(1024), (i, _, buffer) =>
            {
                buffer.Clear();
                using (var w = new Utf8JsonWriter(buffer, CheckJson.LineOptions))
                {
                    var (number, bytes) = lines[i];
                    if (TryParse(bytes, out var id, out var draft, out var error))
                    {
                        try
                        {
                            if (writeLine is not null)
                            {
                                InterlockedMax(ref chunkWorst, (int)writeLine(w, id, draft!));
                            }
                            else
                            {
                                var result = check(draft!);
                                CheckJson.WriteLine(w, id, result);
                                InterlockedMax(ref chunkWorst, (int)result.Verdict);
                            }
                        }
                        catch (DraftRejectedException e)
                        {
                            CheckJson.WriteError(w, number, e.Message);
                            Interlocked.Increment(ref chunkBad);
                        }
                    }
                    else
                    {
                        CheckJson.WriteError(w, number, error!);
                        Interlocked.Increment(ref chunkBad);
                    }
                }
                results[i] = buffer.WrittenSpan.ToArray();
                return buffer;
            }, _ => { });
            for (var i = 0; i < lines.Count; i++)
            {
                output.Write(results[i]);
                output.WriteByte((byte)'\n');
            }
            bad += chunkBad;
            worst = (Verdict)Math.Max((int)worst, chunkWorst);
        }
        output.Flush();
        return (bad, worst);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }

    private static bool IsBlank(byte[] line)
    {
        foreach (var b in line) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    private bool TryParse(byte[] line, out string? id, out Draft? draft, out string? error)
    {
        id = null; draft = null; error = null;
        string? text = null, role = null, platform = null, account = null, context = null;
        try
        {
            var r = new Utf8JsonReader(line);
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject) { error = "expected a JSON object"; return false; }
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var name = r.GetString();
                r.Read();
                switch (name)
                {
                    case "id":
                        id = r.TokenType switch
                        {
                            JsonTokenType.String => r.GetString(),
                            JsonTokenType.Number => Encoding.UTF8.GetString(r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan),
                            JsonTokenType.Null => null,
                            _ => throw new FormatException("'id' must be a string or a number"),
                        };
                        break;
                    case "text": text = StringOrNull(ref r, "text"); break;
                    case "author_role": case "role": role = StringOrNull(ref r, name); break;
                    case "platform": platform = StringOrNull(ref r, "platform"); break;
                    case "account": case "account_type": account = StringOrNull(ref r, name); break;
                    case "context": context = StringOrNull(ref r, "context"); break;
                    default: r.Skip(); break;
                }
            }
            if (r.TokenType != JsonTokenType.EndObject) { error = "expected the end of the JSON object"; return false; }
            if (r.Read()) { error = "unexpected text after the JSON object"; return false; }
        }
        catch (JsonException e)
        {
            error = $"not valid JSON at byte {e.BytePositionInLine}: {e.Message.Split('.')[0]}";
            return false;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
        catch (InvalidOperationException e)
        {
            error = e.Message;
            return false;
        }
        if (text is null) { error = "missing \"text\""; return false; }
        if (text.Length > Draft.MaxLength) { error = $"\"text\" is {text.Length:N0} characters; at most {Draft.MaxLength:N0} are checked"; return false; }
        try
        {
            var author = defaultAuthor;
            var plat = defaultPlatform;
            var ctx = defaultContext;
            if (role is not null || account is not null || platform is not null || context is not null)
            {
                var parsed = DraftOptions.Parse(role ?? defaultAuthor.Role.Name(), platform ?? defaultPlatform.Name(), account ?? defaultAuthor.Account.Name(), defaultAuthor.Specialty, context ?? defaultContext.Name());
                (author, plat, ctx) = parsed;
            }
            draft = new Draft(text, author, plat, ctx);
            return true;
        }
        catch (UsageException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static string? StringOrNull(ref Utf8JsonReader r, string name) => r.TokenType switch
    {
        JsonTokenType.String => r.GetString(),
        JsonTokenType.Null => null,
        _ => throw new FormatException($"\"{name}\" must be a string"),
    };

    /// <summary>Splits a byte stream into lines without decoding it (the JSON reader validates UTF-8 per line).</summary>
    private sealed class LineReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _pos, _len;
        private bool _eof;

        public byte[]? Next()
        {
            var acc = (MemoryStream?)null;
            while (true)
            {
                if (_pos == _len)
                {
                    if (_eof) break;
                    _len = stream.Read(_buffer, 0, _buffer.Length);
                    _pos = 0;
                    if (_len == 0) { _eof = true; break; }
                }
                var nl = Array.IndexOf(_buffer, (byte)'\n', _pos, _len - _pos);
                if (nl >= 0)
                {
                    var piece = _buffer.AsSpan(_pos, nl - _pos);
                    _pos = nl + 1;
                    if (acc is null) return piece.ToArray();
                    acc.Write(piece);
                    return acc.ToArray();
                }
                acc ??= new MemoryStream();
                acc.Write(_buffer, _pos, _len - _pos);
                _pos = _len;
                if (acc.Length > 16 * 1024 * 1024) throw new UsageException("a line of the input is longer than 16 MiB");
            }
            return acc is { Length: > 0 } ? acc.ToArray() : null;
        }
    }
}
