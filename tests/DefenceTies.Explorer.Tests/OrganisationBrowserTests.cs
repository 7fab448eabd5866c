using Microsoft.Playwright;

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// The organisation pages in a real browser, over the issue 25 reports (<see cref="OrganisationsDatabase"/>):
/// one walk, from a nation to the forum it belongs to. Kept to one test: browser tests are slow.
/// </summary>
[Trait(TestTier.Name, TestTier.Browser)]
public sealed class OrganisationBrowserTests(OrganisationsDatabase database) : IClassFixture<OrganisationsDatabase>, IAsyncLifetime
{
    private ExplorerFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = string.Empty;

    public async ValueTask InitializeAsync()
    {
        Chromium.Require();
        var port = BrowserTests.FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        _factory = new ExplorerFactory(database.Path);
        _factory.UseKestrel(port);
        _factory.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(BrowserTests.ScreenshotDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [Fact]
    public async Task From_Thailand_a_click_on_the_forum_it_belongs_to_opens_the_forum_with_its_members_and_roles()
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        (await page.GotoAsync(_baseUrl + "/nation/TH"))!.Status.Should().Be(200);
        var memberships = page.Locator("#memberships");
        (await memberships.InnerTextAsync()).Should().Contain("chair").And.Contain("2026");

        await memberships.Locator("a", new() { HasText = OrganisationsDatabase.Forum }).First.ClickAsync();
        // The document is what the test reads; see BrowserTests for why it does not wait for the load event.
        await page.WaitForURLAsync($"**/organisation/{database.ForumId}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.Locator("h1").InnerTextAsync()).Should().Be(OrganisationsDatabase.Forum);
        var chair = page.Locator("#members tr", new() { HasText = "Bangladesh" }).Filter(new() { HasText = "chair" });
        (await chair.InnerTextAsync()).Should().Contain("2025");

        // The passage is one click away, as on the timeline.
        var passage = chair.Locator("details.evidence .passage");
        (await passage.IsVisibleAsync()).Should().BeFalse();
        await chair.Locator("details.evidence summary").ClickAsync();
        (await passage.InnerTextAsync()).Should().Contain("which Bangladesh chairs for 2025");
        (await page.Locator("#posts").InnerTextAsync()).Should().Contain("Secretary-General").And.Contain("Anura Wickramasinghe");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserTests.ScreenshotDirectory, "organisation-forum.png"), FullPage = true });
    }
}
