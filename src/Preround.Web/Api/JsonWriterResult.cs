using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Preround.Core.Serialization;

namespace Preround.Web.Api;

/// <summary>Writes a JSON answer with the CLI's own writers (<c>CheckJson</c>, <c>FitJson</c>) so the shapes match exactly.</summary>
internal sealed class JsonWriterResult(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CheckJson.LineOptions.Encoder }))
        {
            write(w);
        }
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = buffer.WrittenCount;
        await httpContext.Response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }
}
