using System.Reflection;
using DefenceTies.Model;

namespace DefenceTies.Verification;

/// <summary>
/// The rule "a value whose citation is <see cref="SupportKind.Stated"/> is stated by that citation's
/// passage", written once for the pack loader and the whole-database check: a text occurs in it
/// (see <see cref="StatedText"/>); a date is written in it in some form at the value's precision
/// (<see cref="WrittenDates"/>); a share is written in it as a number of the same value ("50.5",
/// "50.50", "50,5"), not inside a longer one; a quantity or an amount is written as a number of the
/// same value, in figures or words, with or without a scale word (<see cref="WrittenNumbers"/>); a
/// currency by its code, name or sign; a nation is named in it by name, short name, demonym or code
/// (<see cref="Reference.NationNames"/>). Kinds and statuses are classifications of what the passage
/// says and references name other facts, so neither has a textual test. A value that fails must be
/// cited as implied, with a note saying how it is read.
/// </summary>
internal static class StatedValues
{
    /// <summary>Every value of <paramref name="fact"/> marked stated that its passage does not state, with the problem in words.</summary>
    /// <param name="fact">A fact of the model, with its nations loaded where they are to be checked.</param>
    /// <param name="citationOf">The citation of a value by property name (the value's own, else the fact's).</param>
    public static IEnumerable<(string Property, string Problem)> Missing(object fact, Func<string, Citation> citationOf)
    {
        var type = fact.GetType();
        foreach (var name in ValueProperties.Of(type).Order(StringComparer.Ordinal))
        {
            // A language tag ("hi") is a code no passage writes; the pack's docs ask for it only where
            // the passage names the language, and the check cannot read language names.
            if (type == typeof(OtherName) && name == nameof(OtherName.Language))
            {
                continue;
            }

            var citation = citationOf(name);
            if (citation.Support != SupportKind.Stated)
            {
                continue;
            }

            // A currency is a code the passage writes as a code, a name or a sign ("€").
            if (type == typeof(DefenceDeal) && name == nameof(DefenceDeal.ValueCurrency))
            {
                if (((DefenceDeal)fact).ValueCurrency is { } currency && CurrencyProblem(currency, citation.Passage) is { } missing)
                {
                    yield return (name, missing);
                }

                continue;
            }

            var problem = Problem(type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(fact), citation.Passage);
            if (problem is not null)
            {
                yield return (name, problem);
            }
        }
    }

    /// <summary>Why <paramref name="passage"/> does not state <paramref name="value"/>, or <see langword="null"/> when it does (or the value has no textual test).</summary>
    public static string? Problem(object? value, string passage) => value switch
    {
        string text when !StatedText.OccursIn(text, passage) => StatedText.MissingProblem(text, passage),
        PartialDate date when !WrittenDates.States(passage, date) =>
            $"the date {date} is marked stated but its passage \"{passage}\" does not write it (to the {date.Precision.ToString().ToLowerInvariant()}); cite the passage that gives it, or cite it as implied with a note saying how it is read (for example \"on Friday\" against the dateline).",
        Share share when !WritesShare(passage, share) =>
            $"the share {share} is marked stated but its passage \"{passage}\" does not write that number (\"{share}\", \"{share} per cent\", \"{share}%\"); cite the passage that gives it, or cite it as implied with a note saying how it is read (for example \"wholly owned\" read as 100).",
        int number when !WrittenNumbers.Writes(passage, number) =>
            $"the number {number} is marked stated but its passage \"{passage}\" does not write it, in figures or in words; cite the passage that gives it, or cite it as implied with a note saying how it is counted.",
        decimal coordinate when !WrittenNumbers.Writes(passage, Math.Abs(coordinate)) =>
            $"the number {coordinate} is marked stated but its passage \"{passage}\" does not write it; cite the passage that gives it, or cite it as reference data or implied with a note saying where it comes from (a gazetteer).",
        MoneyAmount amount when !WrittenNumbers.Writes(passage, amount.Value) =>
            $"the amount {amount} is marked stated but its passage \"{passage}\" does not write that number (in figures, with or without a scale word: \"1.2 billion\", \"1,200 million\"); cite the passage that gives it, or cite it as implied with a note saying how it is read.",
        Nation nation when nation.Alpha2Code is { } code && !Reference.NationNames.IsNamedIn(code, passage) =>
            $"the nation {code} ({nation.Name}) is marked stated but its passage \"{passage}\" does not name it (by name, demonym or code); cite a passage that names it, or cite it as implied with a note saying who is meant (for example \"the two sides\").",
        _ => null,
    };

    /// <summary>Why <paramref name="passage"/> does not state the currency <paramref name="code"/>, or <see langword="null"/> when it writes its code, name or a sign of it.</summary>
    private static string? CurrencyProblem(string code, string passage)
    {
        var name = Reference.CurrencyReference.NameOf(code);
        // The name's last word ("Dollar" of "US Dollar", "Rupee" of "Indian Rupee"), singular or plural.
        var noun = name?.Split(' ')[^1];
        var written = StatedText.OccursIn(code, passage)
            || (name is not null && StatedText.OccursIn(name, passage))
            || (noun is { Length: > 2 } && StatedText.OccursIn(noun, passage))
            || Reference.CurrencyReference.SignsOf(code).Any(sign => passage.Contains(sign, StringComparison.Ordinal));
        return written ? null
            : $"the currency {code} is marked stated but its passage \"{passage}\" writes neither its code, nor its name ({name}), nor a sign of it; cite the passage that gives it, or cite it as implied with a note saying how it is read.";
    }

    // A number as a report writes a percentage: digits, then a decimal point or comma and digits;
    // not part of a longer number (so "150.5" or "50.55" does not state 50.5).
    private static readonly System.Text.RegularExpressions.Regex Numbers =
        new(@"(?<![0-9][.,]?)[0-9]+(?:[.,][0-9]+)?(?![.,]?[0-9])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="passage"/> writes <paramref name="share"/> as a number.</summary>
    private static bool WritesShare(string passage, Share share) =>
        Numbers.Matches(passage).Any(m =>
        {
            var text = m.Value.Replace(',', '.').TrimEnd('0');
            text = text.EndsWith('.') ? text[..^1] : text;
            if (text.Contains('.', StringComparison.Ordinal) is false && m.Value.Contains('.', StringComparison.Ordinal) is false && m.Value.Contains(',', StringComparison.Ordinal) is false)
            {
                text = m.Value;
            }

            return Share.TryParse(text.Length == 0 ? "0" : text, out var written) && written == share;
        });
}
