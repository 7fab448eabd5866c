using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Cli.Briefing;

/// <summary>Finds a stored nation by its ISO 3166-1 alpha-2 or alpha-3 code, in any case.</summary>
internal static class NationLookup
{
    /// <summary>The code upper-cased; an <see cref="ExitCodes.InvalidInput"/> error if it is not two or three letters.</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length is not (2 or 3) || !code.All(char.IsAsciiLetter))
        {
            throw new CliException(ExitCodes.InvalidInput, $"'{code}' is not a nation code: give an ISO 3166-1 alpha-2 or alpha-3 code, such as IN or IND.");
        }

        return code.ToUpperInvariant();
    }

    /// <summary>The nation; a <see cref="ExitCodes.NotFound"/> error if none is stored with that code.</summary>
    public static async Task<BriefingNation> FindAsync(DefenceTiesDbContext db, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var normalised = Normalise(code);
        var nation = await db.Nations.AsNoTracking()
            .Where(n => normalised.Length == 2 ? n.Alpha2Code == normalised : n.Alpha3Code == normalised)
            .Select(n => new BriefingNation(n.Id, n.Name, n.Alpha2Code, n.Alpha3Code, n.NumericCode, n.CorrelatesOfWarCode, n.CorrelatesOfWarAbbreviation, n.GleditschWardCode, n.GleditschWardAbbreviation, n.Citation.Passage))
            .SingleOrDefaultAsync(cancellationToken);
        if (nation is null)
        {
            var any = await db.Nations.AnyAsync(cancellationToken);
            throw new CliException(
                ExitCodes.NotFound,
                any
                    ? $"No nation with the code {normalised} is stored. Use an assigned ISO 3166-1 alpha-2 or alpha-3 code, such as IN or IND."
                    : $"No nation with the code {normalised} is stored: the database holds no nations yet. Run 'defenceties seed' first.");
        }

        return nation;
    }
}
