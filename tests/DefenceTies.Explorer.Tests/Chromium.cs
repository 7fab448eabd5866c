namespace DefenceTies.Explorer.Tests;

/// <summary>
/// Debian's Chromium, which the browser tests drive (Playwright downloads no browser here). Missing,
/// the browser tests are skipped with how to install it; under CI=true they fail instead, so CI
/// cannot pass without having run them.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static void Require()
    {
        if (File.Exists(Path))
        {
            return;
        }

        var message = $"{Path} not found: apt-get install -y chromium (.ci/run does) to run the browser tests.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(message);
        }

        Assert.Skip(message);
    }
}
