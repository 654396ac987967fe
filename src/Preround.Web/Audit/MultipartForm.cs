using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Preround.Web.Api;

namespace Preround.Web.Audit;

/// <summary>
/// Reads a <c>multipart/form-data</c> upload as it streams: small text fields into memory (capped), file parts through
/// a handler, with the whole body capped. Errors are problem+json answers that say what is wrong.
/// </summary>
internal static class MultipartForm
{
    private const int MaxFieldChars = 4096;
    private const int MaxFields = 32;

    /// <summary>A file part: its field name, the client's file name, its content type, and the part's body.</summary>
    public delegate Task<IResult?> FileHandler(string field, string? fileName, string? contentType, Stream body);

    public static async Task<(Dictionary<string, string>? Fields, IResult? Problem)> ReadAsync(HttpRequest request, long maxBytes, FileHandler onFile)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media) || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the upload as 'multipart/form-data' (an HTML form with enctype=\"multipart/form-data\", or curl -F)."));
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Malformed upload", "The multipart Content-Type has no valid boundary."));

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024, BodyLengthLimit = maxBytes };
        try
        {
            MultipartSection? section;
            var parts = 0;
            while ((section = await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted)) is not null)
            {
                if (++parts > MaxFields) return (null, Problems.Create(StatusCodes.Status400BadRequest, "Malformed upload", $"The upload has more than {MaxFields} parts."));
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !(disposition.IsFormDisposition() || disposition.IsFileDisposition()))
                    return (null, Problems.Create(StatusCodes.Status400BadRequest, "Malformed upload", $"Part {parts} of the upload has no 'Content-Disposition: form-data' header."));
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    if (await onFile(name, fileName, section.ContentType, section.Body) is { } problem) return (null, problem);
                    continue;
                }
                var value = await ReadFieldAsync(section.Body, request.HttpContext.RequestAborted);
                if (value is null) return (null, Problems.Create(StatusCodes.Status400BadRequest, "Malformed upload", $"The field '{Clip(name)}' is longer than {MaxFieldChars:N0} characters."));
                fields[name] = value;
            }
        }
        catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TooLarge(maxBytes));
        }
        catch (InvalidDataException e)
        {
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Malformed upload", $"The multipart body cannot be read: {e.Message.TrimEnd('.')}."));
        }
        catch (IOException e) when (e.Message.Contains("Unexpected end", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Malformed upload", "The multipart body ends before its closing boundary; the upload was cut short."));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        return (fields, null);
    }

    public static IResult TooLarge(long maxBytes) => Problems.Create(StatusCodes.Status413PayloadTooLarge, "Upload too large",
        $"The upload is over {maxBytes:N0} bytes ({maxBytes >> 20:N0} MiB), the most this app accepts; `preround serve --max-upload-mb` raises it, or audit the file with `preround audit`.");

    /// <summary>Copies a file part to <paramref name="target"/>, stopping with 413 once it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<(long Bytes, IResult? Problem)> CopyAsync(Stream body, Stream target, long maxBytes, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > maxBytes) return (total, TooLarge(maxBytes));
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return (total, null);
    }

    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        using var reader = new StreamReader(body, new UTF8Encoding(false, throwOnInvalidBytes: false));
        var buffer = new char[MaxFieldChars + 1];
        var sb = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            sb.Append(buffer, 0, read);
            if (sb.Length > MaxFieldChars) return null;
        }
        return sb.ToString();
    }

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
