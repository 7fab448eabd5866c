using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DefenceTies.Model;

/// <summary>
/// A calendar date known only to the precision its source states: a year (<c>2012</c>), a month
/// (<c>2012-05</c>) or a day (<c>2012-05-17</c>). It never invents a month or day that the source
/// does not give.
/// </summary>
/// <remarks>
/// <para>
/// The canonical text form is ISO 8601 with reduced precision. Ordinal comparison of that text is
/// chronological (a coarser date sorts before the finer dates it contains), which is why it is also
/// the stored form: SQL sorts and compares the column correctly with plain string comparison.
/// </para>
/// <para>
/// <c>default(PartialDate)</c> (also what <c>new PartialDate()</c> and an unset field give) is not a
/// date: its <see cref="Year"/> is 0, which no factory or parse accepts. Test for it with
/// <c>date == default</c>. Every DefenceTies API that takes a <see cref="PartialDate"/> refuses it where
/// it is passed: entity constructors and methods with a <see cref="DomainRuleException"/> naming the
/// entity and field; a query that compares a stored date with it with an <see cref="ArgumentException"/>
/// (it has no stored form, so it would otherwise match nothing); <see cref="EarliestDay"/>,
/// <see cref="LatestDay"/> and <see cref="Contains"/> with an <see cref="InvalidOperationException"/>.
/// Where a date may be unknown, the API takes a <c>PartialDate?</c>: pass <see langword="null"/>, never <c>default</c>.
/// </para>
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    /// <summary>The longest canonical text form, <c>yyyy-MM-dd</c>.</summary>
    public const int MaxTextLength = 10;

    /// <summary>Why <c>default(PartialDate)</c> is refused, for the messages of every API that refuses it.</summary>
    internal const string DefaultIsNotADate =
        "default(PartialDate) is not a date; make one with PartialDate.FromYear, FromYearMonth, FromYearMonthDay, FromDate or Parse";

    private readonly int _year;
    private readonly byte _month;
    private readonly byte _day;

    private PartialDate(int year, int month, int day)
    {
        _year = year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>The year (1 to 9999; 0 only for <c>default(PartialDate)</c>, which is not a date).</summary>
    public int Year => _year;

    /// <summary>The month (1 to 12), or <see langword="null"/> when the source gives only a year.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or <see langword="null"/> when the source gives no day.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first calendar day the partial date may denote.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public DateOnly EarliestDay => new(ThrowIfDefault()._year, Math.Max(1, (int)_month), Math.Max(1, (int)_day));

    /// <summary>The last calendar day the partial date may denote.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public DateOnly LatestDay => ThrowIfDefault().Precision switch
    {
        DatePrecision.Day => new DateOnly(_year, _month, _day),
        DatePrecision.Month => new DateOnly(_year, _month, DateTime.DaysInMonth(_year, _month)),
        _ => new DateOnly(_year, 12, 31),
    };

    /// <summary>A date known only to the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static PartialDate FromYear(int year)
    {
        CheckYear(year);
        return new PartialDate(year, 0, 0);
    }

    /// <summary>A date known to the month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month must be from 1 to 12.");
        }

        return new PartialDate(year, month, 0);
    }

    /// <summary>A date known to the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range.</exception>
    public static PartialDate FromYearMonthDay(int year, int month, int day)
    {
        _ = FromYearMonth(year, month);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year:D4}-{month:D2} has no day {day}.");
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>A date known to the day, from a <see cref="DateOnly"/>.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses the canonical form <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="FormatException">The text is not a valid partial date.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a partial date; expected yyyy, yyyy-MM or yyyy-MM-dd.");
    }

    /// <summary>Tries to parse the canonical form <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new PartialDate(year, 0, 0);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month, 0);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Whether the given day falls inside the period this partial date denotes.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(PartialDate)</c>.</exception>
    public bool Contains(DateOnly day) => day >= EarliestDay && day <= LatestDay;

    /// <summary>The canonical ISO 8601 text: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> (<c>0000</c> for <c>default(PartialDate)</c>, which no parse accepts).</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{_year:D4}-{_month:D2}-{_day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{_year:D4}-{_month:D2}"),
        _ => _year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_year, _month, _day);

    /// <summary>
    /// Orders chronologically by earliest day; a coarser date sorts before the finer dates it
    /// contains (2012 &lt; 2012-01 &lt; 2012-01-01), exactly as the stored text sorts in SQL.
    /// </summary>
    public int CompareTo(PartialDate other)
    {
        var byYear = _year.CompareTo(other._year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = _month.CompareTo(other._month);
        return byMonth != 0 ? byMonth : _day.CompareTo(other._day);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(PartialDate)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Chronological order, see <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Chronological order, see <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Chronological order, see <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Chronological order, see <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private PartialDate ThrowIfDefault() =>
        _year == 0 ? throw new InvalidOperationException(DefaultIsNotADate + ".") : this;

    private static void CheckYear(int year)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A year must be from 1 to 9999.");
        }
    }

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
