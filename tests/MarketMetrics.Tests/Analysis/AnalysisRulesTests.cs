using CsCheck;
using MarketMetrics.Analysis;
using MarketMetrics.Normalization;

namespace MarketMetrics.Tests.Analysis;

/// <summary>Groups, direction, one record per subject, sentences built from fields, and the findings an analyst asks for.</summary>
public class AnalysisRulesTests
{
    private static readonly NormalizationPipeline Pipeline = NormalizationPipeline.CreateDefault();

    [Fact]
    public void Groups_AreNeverRanked_NorSummedWithTheirMembers_ButCheckedAgainstThem()
    {
        ComparableRecord[] records =
        [
            Share("g", "Top 5 vendors", Interval.GreaterThan(75m)),
            Share("a", "alibaba-cloud", Interval.Exactly(40m)),
            Share("b", "volcano-engine", Interval.Exactly(35m)),
        ];

        MarketAnalysisResult result = MarketAnalysis.Run(records);

        result.Boards.Single().Entries.Select(e => e.Subject).Should().Equal("alibaba-cloud", "volcano-engine");
        result.Findings.Should().NotContain(f => f.Kind == "shares-exceed-100", "40 + 35 + over 75 would pass 100 only if the group were added to its members");
        Finding check = result.Passed.Single(f => f.Kind == "group-covers-members");
        check.Records.Should().Equal("g", "a", "b");
        check.Explanation.Should().Contain("add up to at least 75%").And.Contain("top-5-vendors at (75, 100]%");
    }

    [Fact]
    public void Groups_WhoseMembersAlreadyExceedTheGroupsFigure_AreAFinding()
    {
        ComparableRecord[] records =
        [
            Share("g", "top-5-vendors", Interval.AtMost(60m)),
            Share("a", "alibaba-cloud", Interval.Exactly(40m)),
            Share("b", "volcano-engine", Interval.Exactly(30m)),
        ];

        Finding finding = MarketAnalysis.Run(records).Findings.Single();

        finding.Kind.Should().Be("group-below-members");
        finding.Explanation.Should().Contain("at least 70%");
        EntityAliases.Default.IsGroup("前五大厂商").Should().BeTrue();
        EntityAliases.Default.IsGroup("alibaba-cloud").Should().BeFalse();
    }

    [Fact]
    public void Direction_LatencyAndPrice_LowerLeads_AndTheHeadingSaysSo()
    {
        Leaderboard latency = Leaderboards.Build([
            Record("a", "volcano-engine", "20ms", MetricBasis.ServingLatency, null, null),
            Record("b", "alibaba-cloud", "35ms", MetricBasis.ServingLatency, null, null)]).Single();
        Leaderboard revenue = Leaderboards.Build([
            Record("c", "volcano-engine", "20億元", MetricBasis.FullStackCloudRevenue, null, ReportingPeriod.Year(2024)),
            Record("d", "alibaba-cloud", "35億元", MetricBasis.FullStackCloudRevenue, null, ReportingPeriod.Year(2024))]).Single();

        latency.Direction.Should().Be(RankingDirection.LowerIsBetter);
        latency.Leaders.Single().Subject.Should().Be("volcano-engine");
        latency.Heading.Should().EndWith("lower leads");
        revenue.Direction.Should().Be(RankingDirection.HigherIsBetter);
        revenue.Leaders.Single().Subject.Should().Be("alibaba-cloud");
        revenue.Heading.Should().EndWith("higher leads");
    }

    [Fact]
    public void OneSubject_NeverTiesWithItself_TheLatestRecordIsUsed_AndThatIsSaid()
    {
        ComparableRecord older = Share("v1", "volcano-engine", Interval.Exactly(49.2m), published: new DateOnly(2025, 3, 1));
        ComparableRecord newer = Share("v2", "volcano-engine", Interval.Exactly(46.4m), published: new DateOnly(2025, 9, 1));
        ComparableRecord other = Share("q", "alibaba-cloud", Interval.Exactly(47m));

        Leaderboard board = Leaderboards.Build([newer, other, older]).Single();

        board.Entries.Should().HaveCount(2);
        LeaderboardEntry volcano = board.Entries.Single(e => e.Subject == "volcano-engine");
        volcano.Record.Id.Should().Be("v2");
        volcano.Claims.Should().Be(2);
        board.Leaders.Single().Subject.Should().Be("alibaba-cloud", "the latest volcano figure, 46.4%, is below 47%");
        board.Explanation.Should().Contain("volcano-engine v2 (of 2)").And.NotContain("volcano-engine = volcano-engine");
        Leaderboards.Build([older, newer]).Should().BeEmpty("two shares of one subject are no board");
    }

    [Fact]
    public void Explanations_AreComposedFromTheRecordsFields_EachMutationChangesTheSentence()
    {
        Claim baseline = ShareClaim("a", "alibaba-cloud", 40m);
        ComparableRecord other = Share("b", "volcano-engine", Interval.Exactly(30m));
        ComparableRecord whole = Record("w", "market", "536.7萬億Tokens", MetricBasis.MaasTokenVolume, Market.ChinaPublicCloudLlm, ReportingPeriod.Half(2025, 1), Aggregation.Total);
        Claim part = new("p", "火山引擎", "doubao", MarketMetrics.Parsing.QuantityParser.Default.Parse("超16.4萬億Tokens").Value, MetricBasis.OwnProductsTokenConsumption)
        {
            Aggregation = Aggregation.DailyAverage,
            Publisher = new Publisher("火山引擎", PublisherKind.Vendor),
        };
        var mutations = new (string Field, Func<Claim, Claim> Change)[]
        {
            ("basis", c => Copy(c, basis: MetricBasis.MaasTokenVolume)),
            ("scope", c => Copy(c, basis: c.Basis.WithScope(ScopeKeys.PrivateCloud, true))),
            ("market", c => Copy(c, market: Market.ChinaCloud)),
            ("period", c => Copy(c, period: ReportingPeriod.Year(2024))),
            ("publisher", c => Copy(c, publisher: new Publisher("Omdia", PublisherKind.Analyst))),
            ("status", c => Copy(c, status: FigureStatus.Estimate)),
        };

        string leader = Leaderboards.Build([Normalize(baseline), Normalize(ShareClaim("c", "baidu-ai-cloud", 10m))]).Single().Explanation;
        string verdict = Comparability.Compare(Normalize(baseline), other).Explanation;
        string finding = ConsistencyChecks.Run([Normalize(part), whole]).Single().Explanation;
        foreach ((string field, Func<Claim, Claim> change) in mutations)
        {
            ComparableRecord mutated = Normalize(change(baseline));
            Leaderboard board = Leaderboards.Build([mutated, Normalize(change(ShareClaim("c", "baidu-ai-cloud", 10m)))])
                .Single(b => b.Entries.Any(e => e.Record.Id == "a"));
            board.Explanation.Should().NotBe(leader, "the leader line must change with the {0}", field);
            Comparability.Compare(mutated, other).Explanation.Should().NotBe(verdict, "the verdict must change with the {0}", field);
            if (field is "publisher" or "status" or "scope")
            {
                ConsistencyChecks.Run([Normalize(change(part)), whole]).Single().Explanation.Should().NotBe(finding, "the finding must change with the {0}", field);
            }
        }
    }

    [Fact]
    public void Findings_TwoSharesOfOneEntityOnDifferentBases_AreNamedAsSuch()
    {
        ComparableRecord idc = Record("v-idc", "volcano-engine", "49.2%", MetricBasis.MaasTokenVolume, Market.ChinaPublicCloudLlm, ReportingPeriod.Half(2025, 1));
        ComparableRecord omdia = Record("v-omdia", "volcano-engine", "14.8%", MetricBasis.AiPublicCloudServicesRevenue, Market.ChinaAiPublicCloud, ReportingPeriod.Half(2025, 1));

        Finding finding = ConsistencyChecks.Run([idc, omdia]).Single();

        finding.Kind.Should().Be("shares-on-different-bases");
        finding.Records.Should().BeEquivalentTo(["v-idc", "v-omdia"]);
        finding.Explanation.Should().Contain("49.2% on MaaS token call volume").And.Contain("14.8% on AI public-cloud services revenue").And.Contain("different bases, not a contradiction");
    }

    [Fact]
    public void Findings_TwoMarketTotalsOfDifferentScopes_AreAScopeDifference()
    {
        ComparableRecord idc = Record("idc", "market", "536.7萬億Tokens", MetricBasis.MaasTokenVolume, Market.ChinaPublicCloudLlm, ReportingPeriod.Half(2025, 1), Aggregation.Total, claimant: "IDC");
        ComparableRecord frost = Record("fs", "market", "10萬億Tokens", MetricBasis.SelfDevelopedModelTokenShare, Market.ChinaLlm, ReportingPeriod.Half(2025, 1), Aggregation.DailyAverage, claimant: "沙利文");

        Finding finding = ConsistencyChecks.Run([idc, frost]).Single();

        finding.Kind.Should().Be("scope-difference");
        finding.Explanation.Should().Contain("channels is public-cloud for idc and all for frost-sullivan").And.Contain("about 2.97 vs about 10 trillion a day")
            .And.Contain("a scope difference, not a contradiction");
    }

    [Fact]
    public void Derived_ShareTimesTotal_GivesTheVolumeWithItsFormula()
    {
        ComparableRecord share = Record("v", "volcano-engine", "49.2%", MetricBasis.MaasTokenVolume, Market.ChinaPublicCloudLlm, ReportingPeriod.Half(2025, 1));
        ComparableRecord total = Record("t", "market", "536.7萬億Tokens", MetricBasis.MaasTokenVolume, Market.ChinaPublicCloudLlm, ReportingPeriod.Half(2025, 1), Aggregation.Total);

        ComparableRecord derived = MarketAnalysis.Run([share, total]).Derived.Single().Record!;

        derived.Value.Value.Should().Be(Interval.Exactly(264_056_400_000_000m));
        derived.Subject.Should().Be("volcano-engine");
        derived.Formula.Should().Be("market total × share ÷ 100 = 536.7萬億Tokens × 49.2% ÷ 100 = 264056400000000 token");
        derived.Inputs.Should().Equal("v", "t");
    }

    [Fact]
    public void Ranking_BySortedEnds_AgreesWithComparingEveryPair_ForAnyIntervals()
    {
        // Ends from a small range, so that equal ends with every mix of inclusive, exclusive and unbounded come up often.
        Gen<Interval> interval = Gen.Select(Gen.Int[0, 8], Gen.Int[0, 8], Gen.Int[0, 2], Gen.Int[0, 2]).Select(t =>
        {
            (int a, int b, int lowKind, int highKind) = t;
            (int lo, int hi) = a <= b ? (a, b) : (b, a);
            if (lo == hi && lowKind != 2 && highKind != 2)
            {
                return Interval.Exactly(lo);
            }

            Bound low = lowKind == 2 ? Bound.Unbounded : Bound.Create(lo, lowKind == 0 || lo == hi);
            Bound high = highKind == 2 && lowKind != 2 ? Bound.Unbounded : Bound.Create(hi, highKind == 0 || lo == hi);
            return new Interval(low, high);
        });
        foreach (bool lowerIsBetter in new[] { false, true })
        {
            interval.Array[2, 12].Sample(values =>
            {
                ComparableRecord[] records = [.. values.Select((v, i) => Record(i, v, lowerIsBetter))];
                Leaderboard board = Leaderboards.Build(records).Single();
                return board.Entries.All(entry =>
                {
                    Interval mine = entry.Record.Value.Value;
                    Interval[] others = [.. board.Entries.Where(e => e.Subject != entry.Subject).Select(e => e.Record.Value.Value)];
                    int ahead = others.Count(o => lowerIsBetter ? o.IsEntirelyBelow(mine) : mine.IsEntirelyBelow(o));
                    return entry.Position == 1 + ahead && entry.Tied == others.Any(o => o.Overlaps(mine));
                });
            }, iter: 500);
        }

        static ComparableRecord Record(int i, Interval value, bool lowerIsBetter)
        {
            FigureQualifier qualifier = value.IsPoint ? FigureQualifier.Exact
                : value.IsBounded ? FigureQualifier.Range
                : value.High.IsUnbounded ? (value.Low.IsInclusive ? FigureQualifier.AtLeast : FigureQualifier.Over)
                : value.High.IsInclusive ? FigureQualifier.AtMost : FigureQualifier.Under;
            (Unit unit, MetricBasis basis) = lowerIsBetter ? (Units.Millisecond, MetricBasis.ServingLatency) : (Units.Token, MetricBasis.MaasTokenVolume);
            string subject = "s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Normalize(new Claim(subject, subject, subject, new Figure(value, unit, qualifier), basis));
        }
    }

    private static Claim ShareClaim(string id, string subject, decimal value, DateOnly? published = null) =>
        new(id, subject, subject, new Figure(Interval.Exactly(value), Units.Percent, FigureQualifier.Exact), MetricBasis.SelfDevelopedModelTokenShare)
        {
            Market = Market.ChinaLlm,
            Period = ReportingPeriod.Half(2025, 1),
            Publisher = new Publisher("沙利文", PublisherKind.Analyst),
            PublishedOn = published,
        };

    private static ComparableRecord Share(string id, string subject, Interval value, DateOnly? published = null)
    {
        FigureQualifier qualifier = value.IsPoint ? FigureQualifier.Exact : value.IsBounded ? FigureQualifier.Range : value.High.IsUnbounded ? FigureQualifier.Over : FigureQualifier.AtMost;
        Claim template = ShareClaim(id, subject, 0m, published);
        return Normalize(new Claim(id, subject, subject, new Figure(value, Units.Percent, qualifier), template.Basis)
        {
            Market = template.Market, Period = template.Period, Publisher = template.Publisher, PublishedOn = published,
        });
    }

    private static Claim Copy(Claim c, MetricBasis? basis = null, Market? market = null, ReportingPeriod? period = null, Publisher? publisher = null, FigureStatus? status = null) =>
        new(c.Id, c.Claimant, c.Subject, c.Figure, basis ?? c.Basis)
        {
            Market = market ?? c.Market,
            Period = period ?? c.Period,
            Aggregation = c.Aggregation,
            Status = status ?? c.Status,
            Publisher = publisher ?? c.Publisher,
            PublishedOn = c.PublishedOn,
        };

    private static ComparableRecord Record(string id, string subject, string printed, MetricBasis basis, Market? market, ReportingPeriod? period, Aggregation aggregation = Aggregation.Unspecified, string? claimant = null) =>
        Normalize(new Claim(id, claimant ?? subject, subject, MarketMetrics.Parsing.QuantityParser.Default.Parse(printed).Value, basis) { Market = market, Period = period, Aggregation = aggregation });

    private static ComparableRecord Normalize(Claim claim) => Pipeline.Normalize(claim).Records[0];
}
