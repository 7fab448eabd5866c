using DefenceTies.Model;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies.Cli.Briefing;

/// <summary>Finds a stored nation by its ISO 3166-1 alpha-2 or alpha-3 code, in any case (the library's <see cref="NationCodes"/> reads the code).</summary>
internal static class NationLookup
{
    /// <summary>The code as the library normalises it (<see cref="NationCodes"/>); an <see cref="ExitCodes.InvalidInput"/> error, in the library's words, if it is not one.</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        try
        {
            return NationCodes.Normalise(code);
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ExitCodes.InvalidInput, ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal), ex);
        }
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
