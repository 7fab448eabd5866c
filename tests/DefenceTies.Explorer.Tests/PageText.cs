namespace DefenceTies.Explorer.Tests;

/// <summary>Assertions on a page's HTML as text.</summary>
internal static class PageText
{
    /// <summary>Each of <paramref name="texts"/> appears in <paramref name="body"/> after the one before it.</summary>
    public static void ShouldContainInOrder(string body, params string[] texts)
    {
        var from = 0;
        foreach (var text in texts)
        {
            var at = body.IndexOf(text, from, StringComparison.Ordinal);
            at.Should().BeGreaterThanOrEqualTo(0, "the page shows \"{0}\" after what comes before it", text);
            from = at + text.Length;
        }
    }
}
