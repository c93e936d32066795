using System.Text;

namespace BoneInfo.Web.Hosting;

/// <summary>
/// A browser sends a null character pasted into a field as %00, and ASP.NET Core refuses to read such a form at all:
/// the antiforgery check fails and the editor gets an error page instead of their text. Rewritten to U+FFFD (as HTML
/// itself treats a null in text) the form reads, and the content rules then point at the character with a message,
/// the text still in the form. Only URL-encoded form posts are touched, once per request (not again when an error
/// page re-runs the pipeline). A body that ends before its Content-Length (the client went away) is a 400.
/// </summary>
public sealed class NullCharacterForms(RequestDelegate next)
{
    private const string Null = "%00";
    private const string Replacement = "%EF%BF%BD";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            && context.Items.TryAdd(typeof(NullCharacterForms), true))
        {
            request.EnableBuffering();
            // Latin-1 maps each byte to one char and back, so bytes that are not ASCII survive untouched.
            using var reader = new StreamReader(request.Body, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            string body;
            try
            {
                body = await reader.ReadToEndAsync(context.RequestAborted);
            }
            catch (BadHttpRequestException incomplete)
            {
                context.Response.StatusCode = incomplete.StatusCode;
                return;
            }
            if (body.Contains(Null, StringComparison.Ordinal))
            {
                var bytes = Encoding.Latin1.GetBytes(body.Replace(Null, Replacement, StringComparison.Ordinal));
                request.Body = new MemoryStream(bytes);
                request.ContentLength = bytes.Length;
            }
            else
            {
                request.Body.Position = 0;
            }
        }
        await next(context);
    }
}
