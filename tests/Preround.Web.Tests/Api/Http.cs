using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Preround.Web.Tests.Api;

internal static class Http
{
    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string path, object body) =>
        client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string path, string body, string contentType = "application/json") =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    /// <summary>Asserts the status, showing the body (a problem's detail) when it differs.</summary>
    public static async Task HasStatus(this HttpResponseMessage response, System.Net.HttpStatusCode expected) =>
        Xunit.Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());
}
