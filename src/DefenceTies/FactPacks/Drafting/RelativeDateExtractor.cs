using System.Globalization;
using System.Text.RegularExpressions;
using DefenceTies.Model;

namespace DefenceTies.FactPacks.Drafting;

/// <summary>
/// Finds dates a report gives relative to its publication ("on Friday", "yesterday", "last month",
/// "next year") and resolves each against the publication date, as a candidate of kind <c>date</c>
/// whose note says how it was read: always a reading (Implied), never what the text states. A
/// weekday is the latest one on or before the publication date, or the first after it when the
/// sentence speaks of the future before it ("will", "next"); a day needs a publication date to the
/// day, a month one to the month. A weekday followed by its date ("Friday, March 14") is the date
/// reader's, not this one's.
/// </summary>
internal static partial class RelativeDateExtractor
{
    public static IEnumerable<DraftCandidate> Find(string text, PartialDate publishedOn)
    {
        foreach (Match m in Relative().Matches(text))
        {
            if (Read(m, text, publishedOn) is ({ } value, { } how))
            {
                yield return new DraftCandidate("date", value, m.Value, m.Index, $"Implied: '{m.Value}' read against the publication date {publishedOn}: {how}.");
            }
        }
    }

    private static (string? Value, string? How) Read(Match m, string text, PartialDate publishedOn)
    {
        var day = publishedOn.Precision == DatePrecision.Day ? new DateOnly(publishedOn.Year, publishedOn.Month!.Value, publishedOn.Day!.Value) : (DateOnly?)null;
        if (m.Groups["weekday"].Success)
        {
            if (day is not { } published)
            {
                return (null, null);
            }

            var weekday = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
            var sentence = text[(text.LastIndexOfAny(['.', '\n'], Math.Max(0, m.Index - 1)) + 1)..m.Index];
            var future = m.Groups["when"].Value.Equals("next", StringComparison.OrdinalIgnoreCase) || FutureWords().IsMatch(sentence);
            var date = published;
            if (future)
            {
                do
                {
                    date = date.AddDays(1);
                }
                while (date.DayOfWeek != weekday);
                return (Day(date), $"the first {weekday} after it, as the sentence speaks of what is to come");
            }

            while (date.DayOfWeek != weekday)
            {
                date = date.AddDays(-1);
            }

            return (Day(date), date == published ? $"the {weekday} it was published" : $"the {weekday} before it");
        }

        var word = m.Groups["word"].Value.ToLowerInvariant();
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        return (word, unit) switch
        {
            ("yesterday", _) when day is { } d => (Day(d.AddDays(-1)), "the day before it"),
            ("today", _) when day is { } d => (Day(d), "the day it was published"),
            ("tomorrow", _) when day is { } d => (Day(d.AddDays(1)), "the day after it"),
            (_, "month") when publishedOn.Month is { } month => (Month(new DateOnly(publishedOn.Year, month, 1).AddMonths(Offset(m))), $"the month {Described(m)}"),
            (_, "year") => ((publishedOn.Year + Offset(m)).ToString(CultureInfo.InvariantCulture), $"the year {Described(m)}"),
            _ => (null, null),
        };
    }

    private static int Offset(Match m) => m.Groups["when"].Value.ToLowerInvariant() switch
    {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };

    private static string Described(Match m) => Offset(m) switch
    {
        -1 => "before it",
        1 => "after it",
        _ => "it was published in",
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<when>on|last|this|next)\s)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])(?!,?\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))|(?<![\p{L}])(?<word>yesterday|today|tomorrow)(?![\p{L}])|(?<![\p{L}])(?<when>last|this|next)\s(?<unit>month|year)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<![\p{L}])(?:will|would|is to|are to|is due|are due|plans? to|scheduled)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureWords();
}
