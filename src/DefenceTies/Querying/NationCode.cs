using DefenceTies.Model;

namespace DefenceTies.Querying;

/// <summary>Checks the ISO 3166-1 alpha-2 codes that query methods take.</summary>
internal static class NationCode
{
    /// <summary>The code in upper case, as stored (<see cref="NationCodes"/>); throws if it is not two ASCII letters.</summary>
    public static string Alpha2(string code, string parameterName)
    {
        // The query methods match Alpha2Code only: an alpha-3 code is refused here, not silently found wanting.
        var normalised = NationCodes.Normalise(code, parameterName);
        return normalised.Length == 2
            ? normalised
            : throw new ArgumentException($"'{code}' is not an ISO 3166-1 alpha-2 code (two letters A-Z, any case).", parameterName);
    }

    /// <summary>Two distinct alpha-2 codes, in upper case.</summary>
    public static (string First, string Second) Pair(string first, string second, string firstParameterName, string secondParameterName)
    {
        var a = Alpha2(first, firstParameterName);
        var b = Alpha2(second, secondParameterName);
        if (a == b)
        {
            throw new ArgumentException($"Name two different nations (both were '{a}').", secondParameterName);
        }

        return (a, b);
    }
}
