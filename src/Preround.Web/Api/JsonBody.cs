using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Preround.Web.Api;

/// <summary>
/// Reads a JSON request body with a size cap and answers a bad one with a problem+json that says where and what is
/// wrong (line, byte, property), never echoing the body itself.
/// </summary>
internal static class JsonBody
{
    /// <summary>snake_case names, unknown properties refused (a typo such as "plaform" should not be silently ignored).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 16,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The cap.</param>
    /// <param name="withoutImagesMaxBytes">A lower cap for bodies without an <c>"images"</c> property (photos may be
    /// sent base64-encoded in a check; a plain draft never needs more than the JSON cap).</param>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, long maxBytes, long? withoutImagesMaxBytes = null) where T : class
    {
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the body as JSON with 'Content-Type: application/json'."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, Problems.Create(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The JSON body is over {maxBytes:N0} bytes, the most this endpoint accepts."));
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.Create(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The JSON body is over {maxBytes:N0} bytes, the most this endpoint accepts."));
        }

        if (withoutImagesMaxBytes is { } plain && buffer.Length > plain && buffer.GetBuffer().AsSpan(0, (int)buffer.Length).IndexOf("\"images\""u8) < 0)
        {
            return (null, Problems.Create(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The JSON body is over {plain:N0} bytes, the most this endpoint accepts for a draft without photos."));
        }
        if (buffer.Length == 0) return (null, Problems.Create(StatusCodes.Status400BadRequest, "Empty body", "The request has no body; send a JSON object."));
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return value is null
                ? (null, Problems.Create(StatusCodes.Status400BadRequest, "Malformed JSON", "The body is JSON null; send a JSON object."))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Malformed JSON", Describe(e)));
        }
    }

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        var charsetOk = !media.Charset.HasValue || media.Charset.Length == 0 || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
        return charsetOk && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ?? false));
    }

    // NOTE: System.Text.Json messages name .NET types ("could not be mapped to any .NET member contained in type
    // 'CheckRequest'"); the client needs the JSON path and position instead.
    private static string Describe(JsonException e)
    {
        var where = e.LineNumber is { } line ? $"line {line + 1}, byte {(e.BytePositionInLine ?? 0) + 1}" : "the body";
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
        var message = e.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var start = message.IndexOf('\'');
            var end = start >= 0 ? message.IndexOf('\'', start + 1) : -1;
            var name = end > start ? message[(start + 1)..end] : "?";
            return $"{where}: unknown property '{name}'.";
        }
        if (message.Contains("could not be converted", StringComparison.Ordinal)) message = "a value has the wrong type (expected a string)";
        else
        {
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            message = message.Replace("'$'", "JSON").TrimEnd('.');
        }
        return $"{where}{path}: {message}.";
    }
}
