using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MarketMetrics;

/// <summary>
/// Fills <see cref="MarketMetricsOptions"/> from a configuration section without reflection (trimming- and AOT-safe).
/// A value that does not parse, or a key this library does not know, becomes a problem that names its path; the
/// validator reports them all when the host starts.
/// </summary>
internal sealed class MarketMetricsConfigurationBinder(IConfiguration section) : IConfigureOptions<MarketMetricsOptions>
{
    private static readonly string[] TopKeys = ["ReportingCurrency", "FxRates", "Aliases", "FiscalCalendars"];

    public void Configure(MarketMetricsOptions options)
    {
        foreach (IConfigurationSection child in section.GetChildren())
        {
            if (!TopKeys.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                options.Problems.Add($"{child.Path} is not a MarketMetrics setting; the settings are {string.Join(", ", TopKeys)}.");
            }
        }

        if (section["ReportingCurrency"] is { Length: > 0 } currency)
        {
            options.ReportingCurrency = currency;
        }

        foreach (IConfigurationSection rate in section.GetSection("FxRates").GetChildren())
        {
            string? from = Required(rate, "From", options), to = Required(rate, "To", options), source = Required(rate, "Source", options);
            string? rateText = Required(rate, "Rate", options), dateText = Required(rate, "Date", options);
            if (from is null || to is null || source is null || rateText is null || dateText is null)
            {
                continue;
            }

            if (!decimal.TryParse(rateText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) || value <= 0)
            {
                options.Problems.Add($"{rate.Path}:Rate is '{rateText}'; a rate is a positive decimal number such as 7.1884.");
                continue;
            }

            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                options.Problems.Add($"{rate.Path}:Date is '{dateText}'; write the date as yyyy-MM-dd, such as 2024-12-31.");
                continue;
            }

            try
            {
                options.FxRates.Add(new FxRate(from, to, value, date, source));
            }
            catch (ArgumentException exception)
            {
                options.Problems.Add($"{rate.Path}: {exception.Message}");
            }
        }

        foreach (IConfigurationSection alias in section.GetSection("Aliases").GetChildren())
        {
            string? id = Required(alias, "Id", options);
            if (id is null)
            {
                continue;
            }

            string kindText = alias["Kind"] ?? "vendor";
            if (!TryParseKind(kindText, out EntityKind kind))
            {
                options.Problems.Add($"{alias.Path}:Kind is '{kindText}'; the kinds are vendor, model-family, publisher and market.");
                continue;
            }

            try
            {
                options.Aliases.Add(new EntityAliasRegistration(new Entity(id, kind, alias["ParentId"]), Strings(alias.GetSection("Names"))));
            }
            catch (ArgumentException exception)
            {
                options.Problems.Add($"{alias.Path}: {exception.Message}");
            }
        }

        foreach (IConfigurationSection calendar in section.GetSection("FiscalCalendars").GetChildren())
        {
            string? id = Required(calendar, "Id", options), yearEnd = Required(calendar, "YearEnd", options);
            if (id is null || yearEnd is null)
            {
                continue;
            }

            // A leap year, so that 02-29 parses; FiscalCalendar decides whether it accepts it.
            if (!DateOnly.TryParseExact("2024-" + yearEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly end))
            {
                options.Problems.Add($"{calendar.Path}:YearEnd is '{yearEnd}'; write the last day of the fiscal year as MM-dd, such as 03-31.");
                continue;
            }

            try
            {
                options.FiscalCalendars.Add(new FiscalCalendarRegistration(
                    new FiscalCalendar(id, calendar["Name"] ?? id, end.Month, end.Day), Strings(calendar.GetSection("Aliases"))));
            }
            catch (ArgumentException exception)
            {
                options.Problems.Add($"{calendar.Path}: {exception.Message}");
            }
        }
    }

    private static string? Required(IConfigurationSection entry, string key, MarketMetricsOptions options)
    {
        string? value = entry[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            options.Problems.Add($"{entry.Path}:{key} is missing.");
            return null;
        }

        return value;
    }

    private static string[] Strings(IConfigurationSection list) =>
        [.. list.GetChildren().Select(c => c.Value).OfType<string>()];

    private static bool TryParseKind(string text, out EntityKind kind)
    {
        foreach (EntityKind candidate in (ReadOnlySpan<EntityKind>)[EntityKind.Vendor, EntityKind.ModelFamily, EntityKind.Publisher, EntityKind.Market])
        {
            if (string.Equals(text, ContractNames.Of(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
