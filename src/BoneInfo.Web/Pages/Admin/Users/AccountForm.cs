using BoneInfo.Web.Accounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoneInfo.Web.Pages.Admin.Users;

/// <summary>What the users pages share: the role choices and putting a service's problems next to their fields.</summary>
public static class AccountForm
{
    public static IReadOnlyList<SelectListItem> Roles { get; } = Enum.GetValues<UserRole>()
        .Select(r => new SelectListItem(r.ToString(), r.ToString()))
        .ToList();

    /// <summary>Adds each problem under its field, unless model binding already put a message there.</summary>
    public static void AddTo(ModelStateDictionary modelState, AccountResult result)
    {
        foreach (var (field, message) in result.Problems)
        {
            if (modelState[field] is not { Errors.Count: > 0 })
            {
                modelState.AddModelError(field, message);
            }
        }
    }
}
