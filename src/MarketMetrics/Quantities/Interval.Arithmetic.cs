namespace MarketMetrics;

public readonly partial struct Interval
{
    /// <summary>Multiplies every member by an exact factor: the unit and scale conversions ("萬億" × 10¹², per-1,000 → per-token).</summary>
    /// <param name="factor">The exact factor; a negative factor swaps the ends.</param>
    /// <returns>The scaled interval.</returns>
    /// <exception cref="OverflowException">A bound is beyond the range of <see cref="decimal"/>.</exception>
    public Interval Scale(decimal factor) =>
        factor > 0m && TryMapEnds(factor, divide: false, out Interval scaled) ? scaled : Multiply(Exactly(factor));

    /// <summary>
    /// The set of products <c>x × y</c> for <c>x</c> in this interval and <c>y</c> in <paramref name="other"/>
    /// (tokens × unit price → revenue). Bounds that need more than 28 digits are rounded outward.
    /// </summary>
    /// <param name="other">The other factor.</param>
    /// <returns>The product interval.</returns>
    /// <exception cref="OverflowException">A finite bound is beyond the range of <see cref="decimal"/>.</exception>
    public Interval Multiply(Interval other)
    {
        Span<Endpoint> candidates = stackalloc Endpoint[4];
        Endpoint a0 = Endpoint.FromLow(Low), a1 = Endpoint.FromHigh(High);
        Endpoint b0 = Endpoint.FromLow(other.Low), b1 = Endpoint.FromHigh(other.High);
        candidates[0] = Endpoint.Product(a0, b0);
        candidates[1] = Endpoint.Product(a0, b1);
        candidates[2] = Endpoint.Product(a1, b0);
        candidates[3] = Endpoint.Product(a1, b1);
        return Hull(candidates);
    }

    /// <summary>Divides every member by an exact, non-zero divisor (a period total → a daily average over its days).</summary>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient interval, rounded outward where the quotient does not terminate within 28 digits.</returns>
    /// <exception cref="ArgumentException"><paramref name="divisor"/> is zero.</exception>
    public Interval Divide(decimal divisor) =>
        divisor > 0m && TryMapEnds(divisor, divide: true, out Interval divided) ? divided : Divide(Exactly(divisor));

    /// <summary>
    /// The set of quotients <c>x ÷ y</c> for <c>x</c> in this interval and <c>y</c> in <paramref name="divisor"/>
    /// (capacity ÷ per-user load → users served).
    /// </summary>
    /// <param name="divisor">The divisor; it must not contain zero.</param>
    /// <returns>The quotient interval, rounded outward where a quotient does not terminate within 28 digits.</returns>
    /// <exception cref="ArgumentException"><paramref name="divisor"/> contains zero.</exception>
    /// <exception cref="OverflowException">A finite bound is beyond the range of <see cref="decimal"/>.</exception>
    public Interval Divide(Interval divisor)
    {
        if (divisor.Contains(0m))
        {
            throw new ArgumentException($"Cannot divide by an interval that contains zero: {divisor}.", nameof(divisor));
        }

        // The divisor lies entirely on one side of zero; an excluded zero end stands for "approaching zero from that side".
        int side = !divisor.Low.IsUnbounded && divisor.Low.Value >= 0m ? 1 : -1;
        Span<Endpoint> candidates = stackalloc Endpoint[8];
        Endpoint a0 = Endpoint.FromLow(Low), a1 = Endpoint.FromHigh(High);
        Endpoint b0 = Endpoint.FromLow(divisor.Low), b1 = Endpoint.FromHigh(divisor.High);
        int count = 0;
        Endpoint.Quotient(a0, b0, side, candidates, ref count);
        Endpoint.Quotient(a0, b1, side, candidates, ref count);
        Endpoint.Quotient(a1, b0, side, candidates, ref count);
        Endpoint.Quotient(a1, b1, side, candidates, ref count);
        return Hull(candidates[..count]);
    }

    /// <summary>The set of sums <c>x + y</c> for <c>x</c> in this interval and <c>y</c> in <paramref name="other"/>.</summary>
    /// <param name="other">The other addend.</param>
    /// <returns>The sum interval.</returns>
    /// <exception cref="OverflowException">A finite bound is beyond the range of <see cref="decimal"/>.</exception>
    public Interval Add(Interval other)
    {
        Bound low = Low.IsUnbounded || other.Low.IsUnbounded
            ? Bound.Unbounded
            : Bound.Create(ExactDecimal.Add(Low.Value, other.Low.Value, RoundingDirection.Down, out _), Low.IsInclusive && other.Low.IsInclusive);
        Bound high = High.IsUnbounded || other.High.IsUnbounded
            ? Bound.Unbounded
            : Bound.Create(ExactDecimal.Add(High.Value, other.High.Value, RoundingDirection.Up, out _), High.IsInclusive && other.High.IsInclusive);
        return new Interval(low, high);
    }

    // By a positive factor each finite end maps on its own: the low end rounded down, the high end up, each keeping
    // whether it is included, as the general endpoint algebra gives them. That algebra is still needed when both ends
    // are finite and differ and a result is inexact: two ends that round to one value settle inclusion between them.
    private bool TryMapEnds(decimal factor, bool divide, out Interval result)
    {
        result = default;
        if (divide && !Low.IsUnbounded && !High.IsUnbounded && Low.Value == High.Value && Low.Value != 0m)
        {
            // A point (a total turned into a daily average): one division gives both ends.
            ExactDecimal.DivideOutward(Low.Value, factor, out decimal down, out decimal up, out _);
            result = new Interval(Bound.Create(down, Low.IsInclusive), Bound.Create(up, High.IsInclusive));
            return true;
        }

        Bound low = Map(Low, factor, divide, RoundingDirection.Down, out bool lowExact);
        Bound high = Map(High, factor, divide, RoundingDirection.Up, out bool highExact);
        if (!(lowExact && highExact) && !Low.IsUnbounded && !High.IsUnbounded && Low.Value != High.Value)
        {
            return false;
        }

        result = new Interval(low, high);
        return true;

        static Bound Map(Bound bound, decimal factor, bool divide, RoundingDirection direction, out bool exact)
        {
            exact = true;
            if (bound.IsUnbounded)
            {
                return bound;
            }

            decimal value = bound.Value == 0m ? 0m
                : divide ? ExactDecimal.Divide(bound.Value, factor, direction, out exact)
                : ExactDecimal.Multiply(bound.Value, factor, direction, out exact);
            return Bound.Create(value, bound.IsInclusive);
        }
    }

    private static Interval Hull(ReadOnlySpan<Endpoint> candidates)
    {
        Endpoint low = candidates[0].AsLow(), high = candidates[0].AsHigh();
        for (int i = 1; i < candidates.Length; i++)
        {
            Endpoint lowCandidate = candidates[i].AsLow();
            int byLow = lowCandidate.CompareTo(low);
            if (byLow < 0)
            {
                low = lowCandidate;
            }
            else if (byLow == 0 && lowCandidate.Inclusive)
            {
                low = lowCandidate;
            }

            Endpoint highCandidate = candidates[i].AsHigh();
            int byHigh = highCandidate.CompareTo(high);
            if (byHigh > 0)
            {
                high = highCandidate;
            }
            else if (byHigh == 0 && highCandidate.Inclusive)
            {
                high = highCandidate;
            }
        }

        return new Interval(low.ToBound(), high.ToBound());
    }

    /// <summary>An end of an interval on the extended real line, with both directed roundings of a computed value.</summary>
    private readonly struct Endpoint
    {
        private Endpoint(int infinity, decimal down, decimal up, bool inclusive)
        {
            Infinity = infinity;
            Down = down;
            Up = up;
            Inclusive = inclusive;
        }

        /// <summary>−1 for −∞, +1 for +∞, 0 for a finite value.</summary>
        public int Infinity { get; }

        public decimal Down { get; }

        public decimal Up { get; }

        public bool Inclusive { get; }

        private int Sign => Infinity != 0 ? Infinity : Down > 0m ? 1 : Up < 0m ? -1 : 0;

        private bool IsZero => Infinity == 0 && Down == 0m && Up == 0m;

        public static Endpoint FromLow(Bound bound) =>
            bound.IsUnbounded ? new Endpoint(-1, 0m, 0m, false) : Finite(bound.Value, bound.IsInclusive);

        public static Endpoint FromHigh(Bound bound) =>
            bound.IsUnbounded ? new Endpoint(1, 0m, 0m, false) : Finite(bound.Value, bound.IsInclusive);

        public static Endpoint Product(Endpoint a, Endpoint b)
        {
            if (a.IsZero || b.IsZero)
            {
                // 0 × anything in the other interval is 0, attained whenever the zero end is itself included.
                return Finite(0m, (a.IsZero && a.Inclusive) || (b.IsZero && b.Inclusive));
            }

            if (a.Infinity != 0 || b.Infinity != 0)
            {
                return new Endpoint(a.Sign * b.Sign, 0m, 0m, false);
            }

            decimal down = ExactDecimal.Multiply(a.Down, b.Down, RoundingDirection.Down, out _);
            decimal up = ExactDecimal.Multiply(a.Down, b.Down, RoundingDirection.Up, out _);
            return new Endpoint(0, down, up, a.Inclusive && b.Inclusive);
        }

        public static void Quotient(Endpoint a, Endpoint b, int divisorSide, Span<Endpoint> into, ref int count)
        {
            if (a.IsZero)
            {
                into[count++] = Finite(0m, a.Inclusive);
                return;
            }

            int sign = a.Sign * (b.IsZero ? divisorSide : b.Sign);
            if (b.Infinity != 0)
            {
                // x ÷ ±∞ tends to 0 without reaching it; ±∞ ÷ ±∞ can be anything of that sign.
                into[count++] = Finite(0m, false);
                if (a.Infinity != 0)
                {
                    into[count++] = new Endpoint(sign, 0m, 0m, false);
                }

                return;
            }

            if (a.Infinity != 0 || b.IsZero)
            {
                into[count++] = new Endpoint(sign, 0m, 0m, false);
                return;
            }

            decimal down = ExactDecimal.Divide(a.Down, b.Down, RoundingDirection.Down, out _);
            decimal up = ExactDecimal.Divide(a.Down, b.Down, RoundingDirection.Up, out _);
            into[count++] = new Endpoint(0, down, up, a.Inclusive && b.Inclusive);
        }

        public Endpoint AsLow() => new(Infinity, Down, Down, Inclusive);

        public Endpoint AsHigh() => new(Infinity, Up, Up, Inclusive);

        public int CompareTo(Endpoint other)
        {
            if (Infinity != 0 || other.Infinity != 0)
            {
                return Infinity.CompareTo(other.Infinity);
            }

            return Down.CompareTo(other.Down);
        }

        public Bound ToBound() => Infinity != 0 ? Bound.Unbounded : Bound.Create(Down, Inclusive);

        private static Endpoint Finite(decimal value, bool inclusive) => new(0, value, value, inclusive);
    }
}
