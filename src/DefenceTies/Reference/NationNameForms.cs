namespace DefenceTies.Reference;

/// <summary>
/// The phrases that name one nation, each with the kind of name it is, as the two sources give them
/// and as a text writes them. Nothing is added from memory: every phrase is one of the sources'
/// values or one of these rewritings of one.
/// <list type="bullet">
/// <item><description>An ISO name written inverted for sorting ("Korea, Republic of"; "Congo, The
/// Democratic Republic of the") is also read in reading order ("Republic of Korea"), which is how
/// prose writes it. Only names whose part after the comma ends in "of" or "of the" are turned: there
/// the rewriting is certain ("Saint Helena, Ascension and Tristan da Cunha" is not inverted).</description></item>
/// <item><description>A leading "the" is left out ("the State of Palestine"): prose writes the article
/// or not, and it belongs to the sentence, not to the name.</description></item>
/// <item><description>A final bracketed qualifier is optional ("Holy See (Vatican City State)" is
/// also "Holy See"; "Falkland Islands (Malvinas)").</description></item>
/// <item><description>A demonym cell that lists alternatives ("Antiguan, Barbudan"; "Kittitian or
/// Nevisian") gives each alternative as a demonym of its own.</description></item>
/// </list>
/// </summary>
internal static class NationNameForms
{
    /// <summary>Every phrase naming the nation of <paramref name="iso"/>, with its kind; a phrase may repeat under several kinds.</summary>
    /// <param name="iso">The nation's entry of the ISO list (its short and official names).</param>
    /// <param name="names">The nation's row of the table of names (its common name and demonyms).</param>
    public static IEnumerable<(string Phrase, NationNaming NamedBy)> Of(NationReferenceEntry iso, NationNameEntry names)
    {
        foreach (var phrase in Variants(iso.Name))
        {
            yield return (phrase, NationNaming.IsoName);
        }

        foreach (var phrase in iso.OfficialName is null ? [] : Variants(iso.OfficialName))
        {
            yield return (phrase, NationNaming.IsoOfficialName);
        }

        foreach (var phrase in Variants(names.CommonName))
        {
            yield return (phrase, NationNaming.CommonName);
        }

        foreach (var demonym in new[] { names.DemonymMale, names.DemonymFemale }.OfType<string>())
        {
            foreach (var phrase in demonym.Split([", ", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (phrase, NationNaming.Demonym);
            }
        }
    }

    /// <summary>A name as written, in reading order where it is inverted, without a leading article, and each without its final bracketed qualifier.</summary>
    private static IEnumerable<string> Variants(string name)
    {
        foreach (var ordered in new[] { name, ReadingOrder(name) }.OfType<string>())
        {
            var bare = WithoutArticle(ordered);
            yield return bare;
            if (WithoutQualifier(bare) is { } unqualified)
            {
                yield return unqualified;
            }
        }
    }

    /// <summary>"Korea, Republic of" as "Republic of Korea"; <see langword="null"/> for a name that is not written inverted.</summary>
    private static string? ReadingOrder(string name)
    {
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0)
        {
            return null;
        }

        var head = name[..comma];
        var tail = name[(comma + 2)..];
        return tail.EndsWith(" of", StringComparison.Ordinal) || tail.EndsWith(" of the", StringComparison.Ordinal)
            ? $"{tail} {head}"
            : null;
    }

    private static string WithoutArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    /// <summary>"Holy See (Vatican City State)" as "Holy See"; <see langword="null"/> for a name without a final bracketed qualifier.</summary>
    private static string? WithoutQualifier(string name)
    {
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[..open] : null;
    }
}
