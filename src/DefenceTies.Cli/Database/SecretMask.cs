using System.Text.RegularExpressions;

namespace DefenceTies.Cli.Database;

/// <summary>
/// Hides passwords in anything the tool writes. The tool never formats a connection string into a
/// message, but exception texts and stack traces come from drivers it does not control; everything
/// bound for the terminal passes through here as a second line of defence.
/// </summary>
internal sealed partial class SecretMask
{
    public const string Mask = "***";

    /// <summary>
    /// The process's mask: errors are reported by the entry point after the command that knew the
    /// connection string has gone, so the secrets it registered must outlive it.
    /// </summary>
    public static SecretMask Shared { get; } = new();

    private readonly List<Regex> _literals = [];

    /// <summary>Also masks <paramref name="secret"/> wherever it stands as a word of its own.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        // Whole tokens only: a one-letter password must not turn every such letter into ***.
        _literals.Add(new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(secret)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant));
    }

    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = PasswordKey().Replace(text, m => $"{m.Groups["key"].Value}={Mask}");
        foreach (var literal in _literals)
        {
            masked = literal.Replace(masked, Mask);
        }

        return masked;
    }

    // Npgsql's keys for the password (Password, PWD), in any connection string that leaks into a message.
    [GeneratedRegex(@"(?<key>\b(?:password|pwd))\s*=\s*(?:'[^']*'|""[^""]*""|[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordKey();
}
