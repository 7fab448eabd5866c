using DefenceTies.FactPacks;

namespace DefenceTies.Cli.Commands;

/// <summary>Reading the packs named on the command line, the same way for <c>validate</c> and <c>import</c>.</summary>
internal static class PackFiles
{
    /// <summary>Every named pack, read and checked; a refused one with its problems.</summary>
    /// <exception cref="CliException">A named file does not exist (invalid input).</exception>
    public static async Task<IReadOnlyList<(string Path, FactPack? Pack, FactPackException? Refusal)>> ReadAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new CliException(ExitCodes.InvalidInput, $"No such file: {string.Join(", ", missing)}. Name fact pack files (.json).");
        }

        var read = new List<(string, FactPack?, FactPackException?)>();
        foreach (var path in paths)
        {
            try
            {
                read.Add((path, await FactPack.LoadAsync(path, cancellationToken), null));
            }
            catch (FactPackException refused)
            {
                read.Add((path, null, refused));
            }
        }

        return read;
    }
}
