using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace DefenceTies.Explorer.Tests;

/// <summary>
/// The explorer in a real browser: Kestrel on a free port over the seeded database, Debian's
/// Chromium driven by Playwright. Each test writes a screenshot of its page to artifacts/screenshots.
/// </summary>
[Trait(TestTier.Name, TestTier.Browser)]
public sealed class BrowserTests(SeededDatabase database) : IAsyncLifetime
{
    private ExplorerFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = string.Empty;

    public static string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("EXPLORER_SCREENSHOTS") ?? Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        Chromium.Require();
        var port = FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        _factory = new ExplorerFactory(database.Path);
        _factory.UseKestrel(port);
        _factory.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(ScreenshotDirectory);
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

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var response = await page.GotoAsync(_baseUrl + path);
        response!.Status.Should().Be(200);
        return page;
    }

    [Fact]
    public async Task The_pair_page_shows_the_talks_of_12_December_2024_and_a_click_shows_a_passage()
    {
        var page = await OpenAsync("/pair/IN/TH");
        var entry = page.Locator("li.entry", new() { Has = page.Locator("time[datetime='2024-12-12']") });
        (await entry.CountAsync()).Should().BeGreaterThan(0);
        (await entry.First.InnerTextAsync()).Should().Contain("Amitabh Prasad");

        var passage = entry.First.Locator("details.evidence .passage").First;
        (await passage.IsVisibleAsync()).Should().BeFalse("the passage is one click away, not shown at once");
        await entry.First.Locator("details.evidence summary").First.ClickAsync();
        (await passage.IsVisibleAsync()).Should().BeTrue();
        (await passage.InnerTextAsync()).Should().Contain("December 12, 2024");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "pair-IN-TH.png"), FullPage = true });

        // Through the keyboard too: the fact's title is a link to the page of its citations.
        await page.Locator("h2 a", new() { HasText = "defence cooperation" }).First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        // What the test reads is the document. Its load event, which also waits for subresources,
        // was seen to stall past 30 s in about one full-suite run in five (the URL reached, the body
        // there) while the other test classes ran; the document itself had arrived.
        await page.WaitForURLAsync("**/fact/agreement/*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.Locator("mark").First.InnerTextAsync()).Should().StartWith("A memorandum of understanding (MoU) on defence cooperation was signed in 2012");
        (await page.Locator("mark").First.IsVisibleAsync()).Should().BeTrue();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "fact.png"), FullPage = true });
    }

    [Fact]
    public async Task The_network_draws_every_node_of_the_seeded_database()
    {
        var page = await OpenAsync("/network");
        await page.WaitForSelectorAsync("#graph[data-ready='true']", new() { Timeout = 15_000 });
        var drawn = await page.EvaluateAsync<int>("() => window.defenceTiesNetwork.nodes().length");
        drawn.Should().Be(await ExpectedNetwork.NodeCountAsync(database));
        var planted = await page.EvaluateAsync<bool>("() => window.__planted === 1");
        planted.Should().BeFalse("a name with markup is drawn as text, never run");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "network.png"), FullPage = true });
    }

    [Fact]
    public async Task The_nations_page_and_a_planted_script_name_do_not_run_script()
    {
        var page = await OpenAsync("/");
        (await page.Locator("#nations").InnerTextAsync()).Should().Contain("India").And.Contain("Thailand");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "nations.png"), FullPage = true });

        var pair = await OpenAsync("/pair/IN/TH");
        (await pair.Locator("#timeline").InnerTextAsync()).Should().Contain(SeededDatabase.PlantedName);
        (await pair.EvaluateAsync<bool>("() => window.__planted === 1")).Should().BeFalse();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DefenceTies.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
