using System.Globalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Serialization;

/// <summary>Converts records to and from their documents, exactly: a record written and read back is equal to itself.</summary>
/// <remarks>Reading resolves bases through a <see cref="MetricBasisRegistry"/> (unknown ids become plain bases of that
/// id), periods through <see cref="PeriodParser"/> and units by symbol. Thread-safe.</remarks>
public static class RecordDocuments
{
    /// <summary>Makes the document of a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The document.</returns>
    public static RecordDocument ToDocument(ComparableRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Claim claim = record.Claim;
        Interval value = record.Value.Value;
        return new RecordDocument
        {
            Id = record.Id,
            Claimant = record.Claimant,
            Subject = record.Subject,
            Basis = record.Basis.Id,
            Scope = record.Basis.Scope.ToString(),
            Low = value.Low.ValueOrNull,
            LowInclusive = value.Low.IsInclusive,
            High = value.High.ValueOrNull,
            HighInclusive = value.High.IsInclusive,
            Qualifier = ContractNames.Of(record.Value.Qualifier),
            Unit = record.Value.Unit.Symbol,
            PeriodStart = record.Period?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PeriodEnd = record.Period?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Period = record.Period?.Label,
            Aggregation = ContractNames.Of(record.Aggregation),
            Market = record.Market?.Id,
            Status = ContractNames.Of(record.Status),
            Publisher = claim.Publisher?.Name,
            Source = claim.Source ?? claim.Quote,
            Scale = record.Value.Scale?.Text,
            ScaleMultiplier = record.Value.Scale?.Multiplier,
            Text = record.Value.Text,
            Assumptions = [.. record.Assumptions.Select(Note)],
            Conversions = [.. record.Conversions.Select(Note)],
            Warnings = [.. record.Warnings.Select(Note)],
            Formula = record.Formula,
            Inputs = record.Inputs,
            Claim = new ClaimDocument
            {
                Id = claim.Id,
                Claimant = claim.Claimant,
                Subject = claim.Subject,
                Basis = claim.Basis.Id,
                Scope = claim.Basis.Scope.ToString(),
                Figure = FigureOf(claim.Figure),
                Period = claim.Period?.Label,
                Aggregation = ContractNames.Of(claim.Aggregation),
                Market = claim.Market?.Id,
                Status = ContractNames.Of(claim.Status),
                Publisher = claim.Publisher?.Name,
                PublisherKind = claim.Publisher is { } publisher ? ContractNames.Of(publisher.Kind) : null,
                Published = claim.Published?.Label,
                Source = claim.Source,
                Quote = claim.Quote,
                ScopeNotes = claim.ScopeNotes,
            },
        };
    }

    /// <summary>Rebuilds a record from its document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="record">The record, when the document is valid.</param>
    /// <param name="error">What is wrong with the document, otherwise <see langword="null"/>.</param>
    /// <param name="bases">The bases to resolve ids with; <see langword="null"/> for the built-in ones.</param>
    /// <returns><see langword="true"/> when the record was rebuilt.</returns>
    public static bool TryToRecord(RecordDocument document, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ComparableRecord? record,
        out string? error, MetricBasisRegistry? bases) => TryToRecord(document, out record, out error, bases, null);

    /// <summary>Rebuilds a record from its document, reading period labels such as <c>FY2025@nvidia</c> with the given parser.</summary>
    /// <param name="document">The document.</param>
    /// <param name="record">The record, when the document is valid.</param>
    /// <param name="error">What is wrong with the document, otherwise <see langword="null"/>.</param>
    /// <param name="bases">The bases to resolve ids with; <see langword="null"/> for the built-in ones.</param>
    /// <param name="periods">The parser whose fiscal calendars period labels are read with; <see langword="null"/> for <see cref="PeriodParser.Default"/>.</param>
    /// <returns><see langword="true"/> when the record was rebuilt.</returns>
    public static bool TryToRecord(RecordDocument document, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ComparableRecord? record,
        out string? error, MetricBasisRegistry? bases = null, PeriodParser? periods = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        bases ??= MetricBasisRegistry.Default;
        periods ??= PeriodParser.Default;
        record = null;
        try
        {
            ClaimDocument c = document.Claim ?? throw new FormatException("the record has no claim");
            Figure claimFigure = FigureFrom(c.Figure ?? throw new FormatException("the claim has no figure"));
            var claim = new Claim(c.Id, c.Claimant, c.Subject, claimFigure, Basis(c.Basis, c.Scope, claimFigure.Unit, bases))
            {
                Period = Period(c.Period, periods),
                Aggregation = AggregationOf(c.Aggregation),
                Market = MarketOf(c.Market),
                Status = StatusOf(c.Status),
                Publisher = c.Publisher is null ? null : new Publisher(c.Publisher, PublisherKindOf(c.PublisherKind)),
                PublishedOn = Published(c.Published)?.Day,
                Published = Published(c.Published) is { Precision: not DatePrecision.Day } coarse ? coarse : null,
                Source = c.Source,
                Quote = c.Quote,
                ScopeNotes = c.ScopeNotes,
            };
            Figure value = FigureFrom(new FigureDocument
            {
                Low = document.Low,
                LowInclusive = document.LowInclusive,
                High = document.High,
                HighInclusive = document.HighInclusive,
                Qualifier = document.Qualifier,
                Unit = document.Unit,
                Scale = document.Scale,
                ScaleMultiplier = document.ScaleMultiplier,
                Text = document.Text,
            });
            record = new ComparableRecord(document.Id, claim, value, Basis(document.Basis, document.Scope, value.Unit, bases))
            {
                Subject = document.Subject,
                Claimant = document.Claimant,
                Market = MarketOf(document.Market),
                Period = Period(document.Period, periods),
                Aggregation = AggregationOf(document.Aggregation),
                Status = StatusOf(document.Status),
                Assumptions = Notes(document.Assumptions),
                Conversions = Notes(document.Conversions),
                Warnings = Notes(document.Warnings),
                Formula = document.Formula,
                Inputs = document.Inputs ?? [],
            };
            error = null;
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or MarketMetricsException or OverflowException)
        {
            error = $"Record '{document.Id}': {e.Message}";
            return false;
        }
    }

    private static FigureDocument FigureOf(Figure figure) => new()
    {
        Low = figure.Value.Low.ValueOrNull,
        LowInclusive = figure.Value.Low.IsInclusive,
        High = figure.Value.High.ValueOrNull,
        HighInclusive = figure.Value.High.IsInclusive,
        Qualifier = ContractNames.Of(figure.Qualifier),
        Unit = figure.Unit.Symbol,
        Scale = figure.Scale?.Text,
        ScaleMultiplier = figure.Scale?.Multiplier,
        Text = figure.Text,
    };

    private static Figure FigureFrom(FigureDocument d)
    {
        if (!Units.TryFind(d.Unit, out Unit? unit))
        {
            throw new FormatException($"'{d.Unit}' is not a unit symbol.");
        }

        var interval = new Interval(
            d.Low is { } low ? Bound.Create(low, d.LowInclusive) : Bound.Unbounded,
            d.High is { } high ? Bound.Create(high, d.HighInclusive) : Bound.Unbounded);
        ScaleWord? scale = d.Scale is null ? null : new ScaleWord(d.Scale, d.ScaleMultiplier ?? throw new FormatException("a scale word needs its multiplier"));
        return new Figure(interval, unit, QualifierOf(d.Qualifier), scale, d.Text);
    }

    private static MetricBasis Basis(string id, string scope, Unit unit, MetricBasisRegistry bases)
    {
        BasisScope parsed = BasisScope.Empty;
        foreach (string pair in (scope ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            if (kv.Length != 2)
            {
                throw new FormatException($"'{pair}' in scope is not key=value.");
            }

            parsed = parsed.With(kv[0], kv[1]);
        }

        return bases.TryFind(id, out MetricBasis? known)
            ? new MetricBasis(known.Id, known.Name, known.Description, known.Dimensions, parsed)
            : new MetricBasis(id, id, "A basis read from a records file.", [unit.Dimension], parsed);
    }

    private static ReportingPeriod? Period(string? label, PeriodParser periods) =>
        label is null ? null : periods.Parse(label).Value.Period ?? throw new FormatException($"'{label}' names no period.");

    private static PublishedDate? Published(string? text) =>
        text is null ? null : PublishedDate.TryParse(text, out PublishedDate? date, out string? error) ? date : throw new FormatException(error);

    private static Market? MarketOf(string? id) =>
        id is null ? null : Market.WellKnown.FirstOrDefault(m => m.Id == id) ?? new Market(id, id, "unspecified");

    private static RecordNote[] Notes(IReadOnlyList<string>? notes) =>
        notes is null ? [] : [.. notes.Select(n =>
        {
            int colon = n.IndexOf(": ", StringComparison.Ordinal);
            return colon > 0 ? new RecordNote(n[..colon], n[(colon + 2)..]) : throw new FormatException($"'{n}' is not 'code: message'.");
        })];

    private static string Note(RecordNote note) => note.Code + ": " + note.Message;

    private static FigureQualifier QualifierOf(string name) =>
        Enum.GetValues<FigureQualifier>().FirstOrDefault(q => ContractNames.Of(q) == name, (FigureQualifier)(-1)) is var q && Enum.IsDefined(q)
            ? q : throw new FormatException($"'{name}' is not a qualifier.");

    private static Aggregation AggregationOf(string name) =>
        Enum.GetValues<Aggregation>().FirstOrDefault(a => ContractNames.Of(a) == name, (Aggregation)(-1)) is var a && Enum.IsDefined(a)
            ? a : throw new FormatException($"'{name}' is not an aggregation.");

    private static FigureStatus StatusOf(string name) =>
        Enum.GetValues<FigureStatus>().FirstOrDefault(s => ContractNames.Of(s) == name, (FigureStatus)(-1)) is var s && Enum.IsDefined(s)
            ? s : throw new FormatException($"'{name}' is not a status.");

    private static PublisherKind PublisherKindOf(string? name) =>
        Enum.GetValues<PublisherKind>().FirstOrDefault(k => string.Equals(ContractNames.Of(k), name, StringComparison.OrdinalIgnoreCase), PublisherKind.Unknown);
}
