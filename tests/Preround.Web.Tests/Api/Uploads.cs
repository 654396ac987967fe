using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Preround.Web.Tests.Api;

/// <summary>Multipart uploads and job polling for the audit and photo tests.</summary>
internal static class Uploads
{
    public static MultipartFormDataContent Form(string field, string fileName, byte[] bytes, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value, Encoding.UTF8), name);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, fileName);
        return form;
    }

    public static Task<HttpResponseMessage> Upload(this HttpClient client, string fileName, byte[] bytes, params (string Name, string Value)[] fields) =>
        client.PostAsync("/api/audit", Form("archive", fileName, bytes, fields));

    /// <summary>Polls the job until it leaves reading/checking (or 30 s pass).</summary>
    public static async Task<JsonElement> WaitForEnd(this HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var status = await (await client.GetAsync(location)).Json();
            var state = status.GetProperty("state").GetString();
            if (state is not ("reading" or "checking") || DateTime.UtcNow > deadline) return status;
            await Task.Delay(25);
        }
    }
}
