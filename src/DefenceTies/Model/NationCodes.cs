using System.Diagnostics.CodeAnalysis;

namespace DefenceTies.Model;

/// <summary>
/// Reads an ISO 3166-1 nation code as people type it: alpha-2 (<c>IN</c>) or alpha-3 (<c>IND</c>),
/// in any case (<c>in</c>, <c>In</c>, <c>ind</c>). The normal form is upper case, as
/// <see cref="Nation.Alpha2Code"/> and <see cref="Nation.Alpha3Code"/> are stored, so a normalised
/// code can be compared with them in SQL without folding case there.
/// </summary>
/// <remarks>
/// This checks the shape only; whether a nation with the code is stored (or the code is assigned
/// at all) is for the query that looks it up to say.
/// </remarks>
public static class NationCodes
{
    /// <summary>The code in upper case.</summary>
    /// <param name="code">Two or three ASCII letters, in any case.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not two or three ASCII letters.</exception>
    public static string Normalise(string code) => Normalise(code, nameof(code));

    /// <summary>The code in upper case, or false when it is not two or three ASCII letters (null included).</summary>
    /// <param name="code">The code as given.</param>
    /// <param name="normalised">The upper-case code; <see langword="null"/> when false is returned.</param>
    public static bool TryNormalise([NotNullWhen(true)] string? code, [NotNullWhen(true)] out string? normalised)
    {
        normalised = code is { Length: 2 or 3 } && code.All(char.IsAsciiLetter) ? code.ToUpperInvariant() : null;
        return normalised is not null;
    }

    /// <summary><see cref="Normalise(string)"/>, blaming the caller's parameter.</summary>
    internal static string Normalise(string code, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(code, parameterName);
        return TryNormalise(code, out var normalised)
            ? normalised
            : throw new ArgumentException($"'{code}' is not a nation code: give an ISO 3166-1 alpha-2 or alpha-3 code (two or three letters, any case), such as IN or IND.", parameterName);
    }
}
