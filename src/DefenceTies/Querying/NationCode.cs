namespace DefenceTies.Querying;

/// <summary>Checks the ISO 3166-1 alpha-2 codes that query methods take.</summary>
internal static class NationCode
{
    /// <summary>The code in upper case, as stored; throws if it is not two ASCII letters.</summary>
    public static string Alpha2(string code, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(code, parameterName);
        if (code.Length != 2 || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{code}' is not an ISO 3166-1 alpha-2 code (two letters A-Z).", parameterName);
        }

        return code.ToUpperInvariant();
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
