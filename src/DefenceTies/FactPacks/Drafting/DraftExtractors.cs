using DefenceTies.Model;
using DefenceTies.Reference;
using DefenceTies.Verification;

namespace DefenceTies.FactPacks.Drafting;

/// <summary>
/// The extractors a draft runs over a report's text, each a separate unit: nations (by the names,
/// demonyms and codes of the reference data, <see cref="NationNames"/>) and dates (by the date reader
/// the fidelity check uses, <see cref="WrittenDates"/>).
/// </summary>
internal static class DraftExtractors
{
    /// <summary>Every nation the text names, each mention a candidate; a word several nations share is one candidate per nation, noted.</summary>
    public static IEnumerable<DraftCandidate> Nations(string text) =>
        NationNames.Find(text).Select(m => new DraftCandidate(
            "nation",
            m.Alpha2Code,
            text.Substring(m.Index, m.Length),
            m.Index,
            m.IsAmbiguous ? $"'{text.Substring(m.Index, m.Length)}' names several nations; this is one reading." : null));

    /// <summary>
    /// Every date the text writes, at its written precision; a date written without its year takes
    /// the latest year that puts it on or before <paramref name="publishedOn"/>, noted as a reading.
    /// </summary>
    public static IEnumerable<DraftCandidate> Dates(string text, PartialDate publishedOn)
    {
        foreach (var written in WrittenDates.Read(text))
        {
            var passage = text.Substring(written.Index, written.Length);
            switch (written)
            {
                case AbsoluteDate absolute:
                    yield return new DraftCandidate("date", absolute.Date.ToString(), passage, written.Index, null);
                    break;
                case YearlessDate yearless when Resolve(yearless, publishedOn) is { } date:
                    var weekday = yearless.Weekday is { } day && date.DayOfWeek != day ? $"; the text says {day}, which {date:yyyy-MM-dd} is not" : string.Empty;
                    yield return new DraftCandidate("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), passage, written.Index,
                        $"Implied: the text gives no year; {date.Year} is the latest that puts it on or before the publication date {publishedOn}{weekday}.");
                    break;
            }
        }
    }

    private static DateOnly? Resolve(YearlessDate yearless, PartialDate publishedOn)
    {
        for (var year = publishedOn.Year; year >= publishedOn.Year - 1; year--)
        {
            if (yearless.Day <= DateTime.DaysInMonth(year, yearless.Month))
            {
                var date = new DateOnly(year, yearless.Month, yearless.Day);
                if (date <= publishedOn.LatestDay)
                {
                    return date;
                }
            }
        }

        return null;
    }
}
