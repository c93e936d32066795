using AngleSharp.Html.Parser;

namespace BoneInfo.FaultSuite;

/// <summary>A signed-in editor: a session of their own, and whether they may publish.</summary>
public sealed record Editor(string Name, bool IsReviewer, HttpClient Client);

/// <summary>
/// The editors, made the way an operator and an admin make them: <c>create-admin</c> on the server with
/// BONEINFO_ADMIN_PASSWORD, then the admin adds writers and reviewers at /admin/users/new (antiforgery and all),
/// and each signs in at /account/signin.
/// </summary>
public static class Accounts
{
    private const string Password = "fault suite passphrase";
    private const string AdminEmail = "admin@faultsuite.test";

    /// <summary>Before the app first starts: the first admin, created from the command line.</summary>
    public static async Task CreateAdminAsync(AppInstance app)
    {
        var (exitCode, output) = await app.RunVerbAsync(new Dictionary<string, string> { ["BONEINFO_ADMIN_PASSWORD"] = Password }, "create-admin", AdminEmail);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"create-admin failed ({exitCode}): {output}");
        }
    }

    /// <summary>Two fifths writers (at least one), the rest reviewers, all signed in.</summary>
    public static async Task<IReadOnlyList<Editor>> AddEditorsAsync(Uri app, int count)
    {
        using var admin = await SignInAsync(app, AdminEmail);
        var writers = Math.Max(1, count * 2 / 5);
        var editors = new List<Editor>();
        for (var i = 1; i <= count; i++)
        {
            var role = i <= writers ? "Writer" : "Reviewer";
            var email = $"editor{i}@faultsuite.test";
            var added = await PostFormAsync(admin, "/admin/users/new", new()
            {
                ["Email"] = email,
                ["DisplayName"] = $"Editor {i}",
                ["Role"] = role,
                ["Password"] = Password,
            });
            if (added.Location != "/admin/users")
            {
                throw new InvalidOperationException($"the admin could not add {email}: {added.Status}");
            }
            editors.Add(new Editor($"Editor {i}", role == "Reviewer", await SignInAsync(app, email)));
        }
        return editors;
    }

    private static async Task<HttpClient> SignInAsync(Uri app, string email)
    {
        var client = Clients.WithSession(app);
        var signedIn = await PostFormAsync(client, "/account/signin", new() { ["Email"] = email, ["Password"] = Password });
        if (signedIn.Location != "/admin")
        {
            client.Dispose();
            throw new InvalidOperationException($"{email} could not sign in: {signedIn.Status}");
        }
        return client;
    }

    /// <summary>Fills in the page's form as a person would: its hidden fields (the antiforgery token) plus <paramref name="fields"/>.</summary>
    private static async Task<Answer> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        var form = page.QuerySelector("main form[method=post]") ?? throw new InvalidOperationException($"no form on {path}");
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden][name]"))
        {
            fields.TryAdd(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? "");
        }
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        return new Answer((int)response.StatusCode, response.Headers.Location?.OriginalString, "");
    }
}
