namespace MarketMetrics;

/// <summary>
/// The contract names of the library's enums as extension methods: the kebab-case names that JSON, CSV and the
/// command line use (<c>ToString()</c> gives the C# name instead). The same as <see cref="ContractNames"/>.
/// </summary>
public static class ContractNameExtensions
{
    /// <summary>Gets the contract name of a value, such as <c>at-least</c> for <see cref="FigureQualifier.AtLeast"/>.</summary>
    /// <param name="qualifier">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToContractName(this FigureQualifier qualifier) => ContractNames.Of(qualifier);

    /// <summary>Gets the contract name of a value, such as <c>daily-average</c> for <see cref="Aggregation.DailyAverage"/>.</summary>
    /// <param name="aggregation">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToContractName(this Aggregation aggregation) => ContractNames.Of(aggregation);

    /// <summary>Gets the contract name of a value, such as <c>fiscal-year</c> for <see cref="PeriodKind.FiscalYear"/>.</summary>
    /// <param name="kind">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToContractName(this PeriodKind kind) => ContractNames.Of(kind);

    /// <summary>Gets the contract name of a value, such as <c>estimate</c> for <see cref="FigureStatus.Estimate"/>.</summary>
    /// <param name="status">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToContractName(this FigureStatus status) => ContractNames.Of(status);

    /// <summary>Gets the contract name of a value, such as <c>analyst</c> for <see cref="PublisherKind.Analyst"/>.</summary>
    /// <param name="kind">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToContractName(this PublisherKind kind) => ContractNames.Of(kind);

    /// <summary>Gets the contract name of a value, such as <c>model-family</c> for <see cref="EntityKind.ModelFamily"/>.</summary>
    /// <param name="kind">The value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToContractName(this EntityKind kind) => ContractNames.Of(kind);
}
