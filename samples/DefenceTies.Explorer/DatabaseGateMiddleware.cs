namespace DefenceTies.Explorer;

/// <summary>
/// Answers every page and API request with a 503 and the gate's message while the database cannot
/// be read, instead of letting the first query fail with a stack trace.
/// </summary>
public sealed class DatabaseGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, DatabaseGate gate)
    {
        var state = await gate.CheckAsync(context.RequestAborted);
        if (state.IsReady)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await context.Response.WriteAsJsonAsync(new { error = state.Message }, context.RequestAborted);
            return;
        }

        // A page of its own, not the status-code pages: they would query the database again.
        context.Response.ContentType = "text/html; charset=utf-8";
        var message = System.Net.WebUtility.HtmlEncode(state.Message);
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Database unavailable — DefenceTies explorer</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main">
            <h1>The database cannot be read</h1>
            <p role="alert" id="database-problem">{message}</p>
            <p>The explorer only reads: it never migrates or seeds unless started with <code>--migrate</code> or <code>--seed</code>. See docs/explorer.md.</p>
            </main></body></html>
            """,
            context.RequestAborted);
    }
}
