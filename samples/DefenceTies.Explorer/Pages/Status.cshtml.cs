using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceTies.Explorer.Pages;

/// <summary>The page for an error status (re-executed by UseStatusCodePages): says what happened, never how.</summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int code)
    {
        (Heading, Message) = code switch
        {
            404 => ("Page not found", "There is no page at this address."),
            400 => ("Bad request", "The address or its query could not be read."),
            _ => ("Something went wrong", "The explorer could not answer this request. The details are in its log."),
        };
    }
}
