using System.Text.Json;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.PublicApi;

/// <summary>Reads the API the way a program does: status, headers and parsed JSON.</summary>
public static class ApiClient
{
    public static async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(BoneInfoFactory app, string path, string? ifNoneMatch = null)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string Text(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
