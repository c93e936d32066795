using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace BoneInfo.Web.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<SignInService>();
        services.AddScoped<AccountLockout>();
        services.AddScoped<SessionStore>();
        services.AddScoped<UserAdministration>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/signin";
                options.LogoutPath = "/account/signout";
                options.AccessDeniedPath = "/account/denied";
                options.Cookie.Name = "boneinfo.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = SessionStore.Lifetime;
                options.SlidingExpiration = true;
                options.EventsType = typeof(SessionValidator);
            });
        // Secure outside Development: behind a TLS-terminating proxy the browser still only sends it over https.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy =
                environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        // The antiforgery cookie is half a token pair, not a credential: Secure whenever the request came over https
        // (behind a proxy, with forwarded headers enabled), so plain-http clients can still post forms.
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped<SessionValidator>();
        services.AddOptions<SignInRateLimitOptions>().BindConfiguration(SignInRateLimitOptions.Section);
        services.AddRateLimiter(options => options.AddPolicy<string, SignInRateLimitPolicy>(SignInRateLimitPolicy.Name));
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Writer, p => p.RequireRole(nameof(UserRole.Writer), nameof(UserRole.Reviewer), nameof(UserRole.Admin)))
            .AddPolicy(Policies.Reviewer, p => p.RequireRole(nameof(UserRole.Reviewer), nameof(UserRole.Admin)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(nameof(UserRole.Admin)));
        return services;
    }
}
