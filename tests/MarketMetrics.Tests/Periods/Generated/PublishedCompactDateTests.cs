using System.Globalization;
using CsCheck;

namespace MarketMetrics.Tests.Periods.Generated;

/// <summary>
/// Published dates printed with their digits run together (202408, 2025/0116, 20250116): a known date printed so parses back
/// to itself only when no other reading of the same digits is a date, and a changed digit never gives the same date.
/// </summary>
public class PublishedCompactDateTests
{
    private static string? Seed => Environment.GetEnvironmentVariable("MARKETMETRICS_SEED");

    private static readonly Gen<DateOnly> Days = Gen.Int[new DateOnly(1990, 1, 1).DayNumber, new DateOnly(2099, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static bool IsDate(int year, int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    [Fact]
    public void A_year_and_month_run_together_is_that_month_unless_the_digits_also_read_as_a_day()
    {
        Days.Sample(d =>
        {
            string text = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
            bool alsoADay = IsDate(2000 + int.Parse(text[..2], CultureInfo.InvariantCulture), int.Parse(text[2..4], CultureInfo.InvariantCulture), int.Parse(text[4..], CultureInfo.InvariantCulture));
            bool read = PublishedDate.TryParse(text, out PublishedDate? date, out string? error);
            if (alsoADay)
            {
                return !read && error!.Contains("another reading", StringComparison.Ordinal)
                    ? true : throw new InvalidOperationException($"'{text}' reads as {date?.Label} and as a day; it must be refused.");
            }

            return read && date!.Equals(PublishedDate.InMonth(d.Year, d.Month))
                ? true : throw new InvalidOperationException($"'{text}' should be {d:yyyy-MM}, read {date?.Label ?? error}");
        }, iter: 3_000, seed: Seed);
    }

    [Fact]
    public void A_year_then_month_and_day_run_together_is_that_day_unless_day_and_month_swapped_is_another()
    {
        Days.Sample(d =>
        {
            string text = d.ToString("yyyy/MMdd", CultureInfo.InvariantCulture);
            bool swapped = IsDate(d.Year, d.Day, d.Month) && d.Day != d.Month;
            bool read = PublishedDate.TryParse(text, out PublishedDate? date, out string? error);
            return swapped
                ? (!read ? true : throw new InvalidOperationException($"'{text}' could be {d:yyyy-MM-dd} or {d.Year}-{d.Day:00}-{d.Month:00}; it must be refused."))
                : (read && date!.Equals(PublishedDate.OnDay(d)) ? true : throw new InvalidOperationException($"'{text}' should be {d:yyyy-MM-dd}, read {date?.Label ?? error}"));
        }, iter: 3_000, seed: Seed);
    }

    [Fact]
    public void A_changed_digit_never_gives_the_same_date()
    {
        Days.SelectMany(d => Gen.Int[0, 2].SelectMany(form => Gen.Int[0, 7].SelectMany(at => Gen.Int[1, 9].Select(by => (d, form, at, by))))).Sample(c =>
        {
            string text = c.form switch
            {
                0 => c.d.ToString("yyyyMM", CultureInfo.InvariantCulture),
                1 => c.d.ToString("yyyy/MMdd", CultureInfo.InvariantCulture),
                _ => c.d.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            };
            int[] digits = [.. Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]))];
            int i = digits[c.at % digits.Length];
            string mutated = text[..i] + (char)('0' + ((text[i] - '0' + c.by) % 10)) + text[(i + 1)..];
            PublishedDate original = c.form == 0 ? PublishedDate.InMonth(c.d.Year, c.d.Month) : PublishedDate.OnDay(c.d);
            return !PublishedDate.TryParse(mutated, out PublishedDate? date, out _) || !date.Equals(original)
                ? true : throw new InvalidOperationException($"'{mutated}' (from '{text}') still reads as {original.Label}");
        }, iter: 3_000, seed: Seed);
    }

    [Theory]
    [InlineData("202408", "2024-08")]
    [InlineData("2025/0116", "2025-01-16")]
    [InlineData("20250116", "2025-01-16")]
    public void Real_compact_dates_read(string text, string label)
    {
        PublishedDate.TryParse(text, out PublishedDate? date, out string? error).Should().BeTrue(error);
        date!.Label.Should().Be(label);
    }

    [Theory]
    [InlineData("201205")]
    [InlineData("2025/0105")]
    [InlineData("0728")]
    [InlineData("202413")]
    [InlineData("2025/1332")]
    public void Compact_dates_with_two_readings_or_none_are_refused(string text) =>
        PublishedDate.TryParse(text, out _, out _).Should().BeFalse();
}
