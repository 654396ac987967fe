using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Preround.Cli.Infrastructure;

/// <summary>Reads a draft from the argument, a file or standard input, refusing invalid UTF-8 with the byte offset.</summary>
internal static class InputReader
{
    /// <summary>The largest input read whole (files and stdin); bigger input is refused before it is read.</summary>
    public const long MaxInputBytes = 4 * 1024 * 1024;

    public static string ReadDraft(string? text, string? file, TextReader stdin, bool stdinRedirected)
    {
        if (text is not null && file is not null) throw new UsageException("Give the draft as an argument or with --file, not both.");
        string result;
        if (text is not null) result = text;
        else if (file is not null) result = file == "-" ? ReadAll(stdin) : ReadFile(file);
        else if (stdinRedirected) result = ReadAll(stdin);
        else throw new UsageException("No draft given. Pass the text as an argument, use --file PATH, or pipe it on standard input.");
        if (string.IsNullOrWhiteSpace(result)) throw new UsageException("The draft is empty: there is nothing to check.");
        return result;
    }

    public static string ReadFile(string path)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists) throw new UsageException($"{path}: no such file.");
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"{path}: not a valid file path.");
        }
        if (info.Length > MaxInputBytes) throw new UsageException($"{path}: the file is {info.Length:N0} bytes; at most {MaxInputBytes:N0} are read.");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot be read ({e.Message}).");
        }
        return DecodeUtf8(bytes, path);
    }

    /// <summary>Decodes UTF-8 strictly; a bad byte is reported with its offset.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                var offset = read + (bytes.Length >= 3 && bytes[0] == 0xEF ? 3 : 0);
                throw new UsageException($"{source}: invalid UTF-8 at byte offset {offset} (byte 0x{bytes[Math.Min(read, bytes.Length - 1)]:X2}). Save the file as UTF-8 and try again.");
            }
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string ReadAll(TextReader stdin)
    {
        if (stdin == Console.In)
        {
            // Read raw bytes so invalid UTF-8 is reported rather than silently replaced.
            using var s = Console.OpenStandardInput();
            using var ms = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (ms.Length + n > MaxInputBytes) throw new UsageException($"standard input: more than {MaxInputBytes:N0} bytes; split the input.");
                ms.Write(buffer, 0, n);
            }
            return DecodeUtf8(ms.GetBuffer().AsSpan(0, (int)ms.Length), "standard input");
        }
        var text = stdin.ReadToEnd();
        if (Encoding.UTF8.GetByteCount(text) > MaxInputBytes) throw new UsageException($"standard input: more than {MaxInputBytes:N0} bytes; split the input.");
        return text;
    }
}
