using System.Globalization;
using MarketMetrics.Parsing;

namespace MarketMetrics.Tests.Parsing;

/// <summary>
/// Values that print several figures at once: input and output prices, cache hit and miss, context tiers, lists with
/// 分别 / respectively, and changes from one level to another. Each part is read by the strict parser; a unit printed once
/// serves the parts only when it gives them exactly the last part's unit; nothing unlabelled is guessed.
/// </summary>
public class CompoundFigureParserTests
{
    private static readonly CompoundFigureParser Parser = new();

    // input → "label=low..high unit" per part, canonical (per token), separated by " | ".
    [Theory]
    [InlineData("输入0.8元/百万tokens，输出2元/百万tokens", "input=0.0000008..0.0000008 CNY/token | output=0.000002..0.000002 CNY/token")]
    [InlineData("输入0.8元，输出2元/百万tokens", "input=0.0000008..0.0000008 CNY/token | output=0.000002..0.000002 CNY/token")]
    [InlineData("input $0.5 / output $1.5 per 1M tokens", "input=0.0000005..0.0000005 USD/token | output=0.0000015..0.0000015 USD/token")]
    [InlineData("Input: $3 per million tokens; Output: $15 per million tokens", "input=0.000003..0.000003 USD/token | output=0.000015..0.000015 USD/token")]
    [InlineData("缓存命中0.2元/百万tokens，缓存未命中2元/百万tokens", "cached-input=0.0000002..0.0000002 CNY/token | input/cache-miss=0.000002..0.000002 CNY/token")]
    [InlineData("cache hit $0.07 / cache miss $0.27 per 1M tokens", "cached-input=0.00000007..0.00000007 USD/token | input/cache-miss=0.00000027..0.00000027 USD/token")]
    [InlineData("≤32K: 0.8元/百万tokens；>32K: 1.2元/百万tokens", "≤32K=0.0000008..0.0000008 CNY/token | >32K=0.0000012..0.0000012 CNY/token")]
    [InlineData("32K以内0.8元/百万tokens，32K-128K 1.2元/百万tokens", "≤32K=0.0000008..0.0000008 CNY/token | 32K-128K=0.0000012..0.0000012 CNY/token")]
    [InlineData("输入和输出价格分别为0.8元和2元/百万tokens", "input=0.0000008..0.0000008 CNY/token | output=0.000002..0.000002 CNY/token")]
    [InlineData("输入、输出价格分别是每百万tokens 4元、16元", "input=0.000004..0.000004 CNY/token | output=0.000016..0.000016 CNY/token")]
    [InlineData("input and output prices are $0.5 and $1.5 per 1M tokens respectively", "input=0.0000005..0.0000005 USD/token | output=0.0000015..0.0000015 USD/token")]
    [InlineData("从1200亿tokens增长到超30万亿tokens", "start=120000000000..120000000000 token | end=30000000000000.. token | multiple=250.. x")]
    [InlineData("从1200亿增长到超30万亿tokens", "start=120000000000..120000000000 token | end=30000000000000.. token | multiple=250.. x")]
    [InlineData("份额从28%-30%上调至30%-32%", "start=28..30 % | end=30..32 % | pp-change=0..4 pp")]
    [InlineData("rose from 10% to 25%", "start=10..10 % | end=25..25 % | pp-change=15..15 pp")]
    [InlineData("从100亿元增长至250亿元", "start=10000000000..10000000000 CNY | end=25000000000..25000000000 CNY | multiple=2.5..2.5 x")]
    [InlineData("36.04億元人民幣,同比增長35%", "level=3604000000..3604000000 CNY | change=35..35 %")]
    [InlineData("$77.7 billion, up 18% year on year", "level=77700000000..77700000000 USD | change=18..18 %")]
    [InlineData("同比增長26%,至29.5億元", "level=2950000000..2950000000 CNY | change=26..26 %")]
    [InlineData("环比激增80%至318亿元", "level=31800000000..31800000000 CNY | change=80..80 %")]
    [InlineData("climbed 20% year over year to $33 billion", "level=33000000000..33000000000 USD | change=20..20 %")]
    [InlineData("92 個、7.89 億元", "count=92..92 count | amount=789000000..789000000 CNY")]
    [InlineData("$5.00/1M input, $0.50/1M cached input, and $30.00/1M output", "input=0.000005..0.000005 USD/token | cached-input=0.0000005..0.0000005 USD/token | output=0.00003..0.00003 USD/token")]
    [InlineData("$0.20/1M input and $1.25/1M output", "input=0.0000002..0.0000002 USD/token | output=0.00000125..0.00000125 USD/token")]
    [InlineData("输入(缓存命中)0.5元/百万tokens；输入(缓存未命中)2元/百万tokens", "cached-input=0.0000005..0.0000005 CNY/token | input/cache-miss=0.000002..0.000002 CNY/token")]
    // https://askai.glarity.app/zh-CN/search/DeepSeek%E4%B8%AD%E7%99%BE%E4%B8%87tokens%E8%BE%93%E5%85%A5-%E7%BC%93%E5%AD%98%E6%9C%AA%E5%91%BD%E4%B8%AD-%E6%98%AF%E4%BB%80%E4%B9%88%E6%84%8F%E6%80%9D
    // (DeepSeek's prices, row real-153 of the real claims file): a cache condition, then the input price under it.
    [InlineData("缓存命中时,输入价格为0.2元/百万tokens,而缓存未命中时,输入价格为2元/百万tokens", "cached-input=0.0000002..0.0000002 CNY/token | input/cache-miss=0.000002..0.000002 CNY/token")]
    public void Reads_every_part_with_its_label(string input, string expected)
    {
        ParseResult<IReadOnlyList<FigurePart>> result = Parser.Parse(input);
        result.Error.Should().BeNull();
        string actual = string.Join(" | ", result.Value.Select(Describe));
        actual.Should().Be(expected);
    }

    [Theory]
    [InlineData("$0.000456 / $0.00184 per 1M tokens")] // two prices, no labels: which is which is not printed
    [InlineData("输入0.8元/百万tokens，输入2元/百万tokens")] // one label twice
    [InlineData("输入0.8元/百万tokens，输出2元")] // the unit is not shared: money beside a price
    [InlineData("输入0.8元/百万tokens，输出2万元/百万tokens，缓存命中")] // a label without a figure
    [InlineData("输入和输出价格分别为0.8元/百万tokens")] // two labels, one figure
    [InlineData("输入0.8元/百万tokens，输出增长20%")] // a change beside a labelled price
    [InlineData("from 1916 billion yuan rose to 4356 billion yuan")] // the verb is not where English puts it
    [InlineData("输入5，输出8万tokens")] // a magnitude printed once would scale the other part: refused
    [InlineData("从5增长到8万tokens")] // likewise for a change: 5 tokens or 5万 tokens is not printed
    [InlineData("$5.00/1M input, $5.00/1M input")] // one label twice
    [InlineData("$5/1M input and $2/1M tokens")] // the second price names no direction
    [InlineData("$5/1M input and $2 output")] // the second price is per nothing printed
    [InlineData("$5/1M input and $2/1M output tokens")] // a word after the label: not this shape, and not read as another
    [InlineData("$5/1M input and 20%/1M output")] // a share is no price
    public void Refuses_what_is_not_printed(string input)
    {
        ParseResult<IReadOnlyList<FigurePart>> result = Parser.Parse(input);
        result.Success.Should().BeFalse(result.Success ? string.Join(" | ", result.Value.Select(Describe)) : string.Empty);
    }

    [Theory]
    [InlineData("29.5億元至36億元")] // two levels: a range, never a level and a change
    [InlineData("增长35%至40%")] // a change to a change: a range of one change
    public void Strict_ranges_stay_one_whole_figure(string input)
    {
        IReadOnlyList<FigurePart> parts = Parser.Parse(input).Value;
        parts.Should().ContainSingle().Which.Role.Should().Be(FigurePartRole.Whole);
    }

    [Theory]
    [InlineData("from 1916 billion yuan rose")]
    [InlineData("从100亿元增长")]
    public void The_start_of_a_change_is_never_read_as_the_change(string input) =>
        QuantityParser.Default.Parse(input).Error!.Code.Should().Be(ParseErrorCode.Ambiguous);

    [Fact]
    public void A_single_figure_is_one_whole_part_equal_to_the_strict_parse()
    {
        ParseResult<IReadOnlyList<FigurePart>> result = Parser.Parse("超5000億Tokens");
        result.Value.Should().ContainSingle();
        result.Value[0].Role.Should().Be(FigurePartRole.Whole);
        result.Value[0].Figure.Should().Be(QuantityParser.Default.Parse("超5000億Tokens").Value);
    }

    [Fact]
    public void Scope_entries_name_direction_cache_tier_and_change_point()
    {
        Parser.Parse("缓存未命中2元/百万tokens，缓存命中0.5元/百万tokens").Value[0].Scope.Should().Equal(
            new KeyValuePair<string, string>(ScopeKeys.TokenDirection, "input"), new KeyValuePair<string, string>(ScopeKeys.Cache, "miss"));
        Parser.Parse("≤32K 输入0.8元/百万tokens，>32K 输入1.2元/百万tokens").Value[1].Scope.Should().Equal(
            new KeyValuePair<string, string>(ScopeKeys.TokenDirection, "input"), new KeyValuePair<string, string>(ScopeKeys.ContextTier, ">32K"));
        Parser.Parse("从10%提升到25%").Value.Select(p => p.Role).Should().Equal(FigurePartRole.ChangeStart, FigurePartRole.ChangeEnd, FigurePartRole.DerivedChange);
    }

    // Generated: two known prices printed in one of several real shapes read back to exactly those prices, with their labels;
    // swapping the labels swaps the parts; dropping a label makes the value fail, never a part silently relabelled.
    [Fact]
    public void Generated_pairs_read_back_exactly_and_mutations_change_or_fail()
    {
        var random = new Random(20251201);
        string[] zhShapes = ["{L1}{A}元/百万tokens，{L2}{B}元/百万tokens", "{L1}{A}元，{L2}{B}元/百万tokens", "{L1}：{A}元/百万tokens；{L2}：{B}元/百万tokens"];
        string[] enShapes = ["{L1} ${A} / {L2} ${B} per 1M tokens", "{L1}: ${A} per million tokens, {L2}: ${B} per million tokens"];
        (string Zh, string En, string Direction)[] labels = [("输入", "input", "input"), ("输出", "output", "output"), ("缓存命中", "cache hit", "cached-input")];
        for (int i = 0; i < 2000; i++)
        {
            decimal a = Math.Round((decimal)random.Next(1, 100_000) / 1000m, random.Next(0, 4));
            decimal b = Math.Round((decimal)random.Next(1, 100_000) / 1000m, random.Next(0, 4));
            int first = random.Next(3), second = (first + 1 + random.Next(2)) % 3;
            bool english = random.Next(2) == 0;
            string shape = english ? enShapes[random.Next(enShapes.Length)] : zhShapes[random.Next(zhShapes.Length)];
            string text = shape.Replace("{L1}", english ? labels[first].En : labels[first].Zh, StringComparison.Ordinal)
                .Replace("{L2}", english ? labels[second].En : labels[second].Zh, StringComparison.Ordinal)
                .Replace("{A}", a.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{B}", b.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            IReadOnlyList<FigurePart> parts = Parser.Parse(text).Value;
            parts.Should().HaveCount(2, text);
            parts[0].Scope[0].Value.Should().Be(labels[first].Direction, text);
            parts[1].Scope[0].Value.Should().Be(labels[second].Direction, text);
            parts[0].Figure.ToCanonical().Value.Should().Be(Interval.Exactly(a / 1_000_000m), text);
            parts[1].Figure.ToCanonical().Value.Should().Be(Interval.Exactly(b / 1_000_000m), text);

            string dropped = text.Replace(english ? labels[second].En : labels[second].Zh, string.Empty, StringComparison.Ordinal);
            ParseResult<IReadOnlyList<FigurePart>> mutated = Parser.Parse(dropped);
            if (mutated.Success)
            {
                mutated.Value.Should().NotContain(p => p.Figure.ToCanonical().Value.Equals(Interval.Exactly(b / 1_000_000m)) && p.Role == FigurePartRole.Labelled
                    && p.Scope.Any(s => s.Value == labels[second].Direction), dropped);
            }
        }
    }

    // Generated: a change from a known level to a known level gives both levels and their exact multiple.
    [Fact]
    public void Generated_changes_give_both_levels_and_the_exact_multiple()
    {
        var random = new Random(7);
        string[] shapes = ["从{A}亿元增长到{B}亿元", "从{A}亿元增长至{B}亿元", "from {A} billion yuan rose to {B} billion yuan", "grew from {A} billion yuan to {B} billion yuan"];
        for (int i = 0; i < 1000; i++)
        {
            decimal a = random.Next(1, 5000), b = random.Next(1, 5000);
            string text = shapes[random.Next(shapes.Length)].Replace("{A}", a.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{B}", b.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            ParseResult<IReadOnlyList<FigurePart>> result = Parser.Parse(text);
            if (text.StartsWith("from", StringComparison.Ordinal))
            {
                result.Success.Should().BeFalse(text); // "from A rose to B": the verb is not where English puts it; refused, not guessed
                continue;
            }

            IReadOnlyList<FigurePart> parts = result.Value;
            decimal magnitude = text.Contains("billion", StringComparison.Ordinal) ? 1_000_000_000m : 100_000_000m;
            parts[0].Figure.ToCanonical().Value.Should().Be(Interval.Exactly(a * magnitude), text);
            parts[1].Figure.ToCanonical().Value.Should().Be(Interval.Exactly(b * magnitude), text);
            parts[2].Figure.Value.Should().Be(Interval.Exactly(b).Divide(Interval.Exactly(a)), text);
        }
    }

    // Generated: a level printed with its change, and prices by context tier, read back exactly; then each is mutated the ways a
    // careless reader would skip: an unknown word attached to a figure, a word of decline, a rate word, a second figure. Each
    // mutation must fail or change the answer, never give the same parts back.
    [Fact]
    public void Generated_levels_with_changes_and_tiers_read_back_and_mutations_change_or_fail()
    {
        var random = new Random(20251202);
        string[] levelShapes = ["{L}亿元，同比增长{C}%", "同比增长{C}%，至{L}亿元", "{L}亿元 同比增长{C}%", "环比增长{C}%至{L}亿元"];
        string[] tierShapes = ["≤{K}K: {A}元/百万tokens；>{K}K: {B}元/百万tokens", "{K}K以内{A}元/百万tokens，{K}K-{M}K {B}元/百万tokens"];
        for (int i = 0; i < 1000; i++)
        {
            decimal level = random.Next(1, 100_000) / 10m, change = random.Next(1, 1000) / 10m;
            string text = levelShapes[random.Next(levelShapes.Length)].Replace("{L}", Invariant(level), StringComparison.Ordinal)
                .Replace("{C}", Invariant(change), StringComparison.Ordinal);
            IReadOnlyList<FigurePart> parts = Parser.Parse(text).Value;
            parts.Select(p => p.Label).Should().Equal(["level", "change"], text);
            parts[0].Figure.Value.Should().Be(Interval.Exactly(level * 100_000_000m), text);
            parts[1].Figure.Value.Should().Be(Interval.Exactly(change), text);
            parts[1].Figure.IsChange.Should().BeTrue(text);

            string declined = text.Replace("增长", "下降", StringComparison.Ordinal);
            Parser.Parse(declined).Value[1].Figure.Value.Should().Be(Interval.Exactly(-change), declined);
            MustChangeOrFail(text, parts, text.Replace("亿元", "亿元某", StringComparison.Ordinal));
            MustChangeOrFail(text, parts, text.Replace("亿元", "亿元/天", StringComparison.Ordinal));
            MustChangeOrFail(text, parts, text + "，另有3亿元");

            int k = random.Next(4, 200), m = k + random.Next(1, 500);
            decimal a = random.Next(1, 10_000) / 100m, b = random.Next(1, 10_000) / 100m;
            string tiers = tierShapes[random.Next(tierShapes.Length)].Replace("{K}", Invariant(k), StringComparison.Ordinal)
                .Replace("{M}", Invariant(m), StringComparison.Ordinal).Replace("{A}", Invariant(a), StringComparison.Ordinal)
                .Replace("{B}", Invariant(b), StringComparison.Ordinal);
            IReadOnlyList<FigurePart> tierParts = Parser.Parse(tiers).Value;
            tierParts.Should().HaveCount(2, tiers);
            tierParts[0].Figure.ToCanonical().Value.Should().Be(Interval.Exactly(a / 1_000_000m), tiers);
            tierParts[1].Figure.ToCanonical().Value.Should().Be(Interval.Exactly(b / 1_000_000m), tiers);
            tierParts.Select(p => p.Scope.Single(e => e.Key == ScopeKeys.ContextTier).Value).Should().OnlyHaveUniqueItems(tiers);
            MustChangeOrFail(tiers, tierParts, tiers.Replace("元/百万tokens", "元某/百万tokens", StringComparison.Ordinal));
            MustChangeOrFail(tiers, tierParts, tiers.Replace("元/百万tokens", "元/百万tokens/天", StringComparison.Ordinal));
            MustChangeOrFail(tiers, tierParts, tiers.Replace(Invariant(b) + "元", Invariant(b) + "元和" + Invariant(a) + "元", StringComparison.Ordinal));
        }
    }

    // Generated: prices labelled after their unit read back exactly, each with its direction; swapping two labels swaps the
    // parts; a dropped label, a label twice, a word after the label or a dropped "/1M" must fail or change the answer.
    [Fact]
    public void Generated_prices_labelled_after_their_unit_read_back_and_mutations_change_or_fail()
    {
        var random = new Random(20251205);
        (string Word, string Direction)[] labels = [("input", "input"), ("cached input", "cached-input"), ("output", "output")];
        string[] pers = ["/1M", " per 1M", "/ 1M", " per million"];
        for (int i = 0; i < 1500; i++)
        {
            int count = random.Next(2, 4);
            int[] order = [.. Enumerable.Range(0, 3).OrderBy(_ => random.Next()).Take(count)];
            decimal[] prices = [.. order.Select(_ => Math.Round(random.Next(1, 100_000) / 1000m, random.Next(0, 4)))];
            string per = pers[random.Next(pers.Length)];
            string[] pieces = [.. order.Select((o, k) => "$" + Invariant(prices[k]) + per + " " + labels[o].Word)];
            string text = count == 2 ? pieces[0] + " and " + pieces[1] : pieces[0] + ", " + pieces[1] + ", and " + pieces[2];
            IReadOnlyList<FigurePart> parts = Parser.Parse(text).Value;
            parts.Should().HaveCount(count, text);
            for (int k = 0; k < count; k++)
            {
                parts[k].Label.Should().Be(labels[order[k]].Direction, text);
                parts[k].Scope.Should().ContainSingle(e => e.Key == ScopeKeys.TokenDirection && e.Value == labels[order[k]].Direction, text);
                parts[k].Figure.ToCanonical().Value.Should().Be(Interval.Exactly(prices[k] / 1_000_000m), text);
            }

            int[] exchanged = [order[1], order[0], .. order.Skip(2)];
            string[] swappedPieces = [.. exchanged.Select((o, k) => "$" + Invariant(prices[k]) + per + " " + labels[o].Word)];
            string swapped = count == 2 ? swappedPieces[0] + " and " + swappedPieces[1] : swappedPieces[0] + ", " + swappedPieces[1] + ", and " + swappedPieces[2];
            IReadOnlyList<FigurePart> back = Parser.Parse(swapped).Value;
            back[0].Label.Should().Be(labels[order[1]].Direction, swapped);
            back[1].Label.Should().Be(labels[order[0]].Direction, swapped);
            back[0].Figure.ToCanonical().Value.Should().Be(Interval.Exactly(prices[0] / 1_000_000m), swapped);

            MustChangeOrFail(text, parts, pieces[0] + " and " + pieces[1][..pieces[1].LastIndexOf(' ')]);
            MustChangeOrFail(text, parts, pieces[0] + " and " + pieces[0]);
            MustChangeOrFail(text, parts, text + " tier");
            MustChangeOrFail(text, parts, text.Replace(per, string.Empty, StringComparison.Ordinal));
        }
    }

    // Generated: "from A in Y1 to B in Y2" gives the start of Y1, the end of Y2 and their multiple over both years; a reversed or
    // equal pair of years, or a year dropped, is not read as such a change (without a verb the value is not this shape).
    [Fact]
    public void Generated_changes_between_years_carry_each_year_and_mutations_change_or_fail()
    {
        var random = new Random(20251206);
        for (int i = 0; i < 1000; i++)
        {
            decimal a = random.Next(1, 5000), b = random.Next(1, 5000);
            int y1 = random.Next(2000, 2090), y2 = y1 + random.Next(1, 6);
            string text = $"from ${Invariant(a)} billion in {Invariant(y1)} to ${Invariant(b)} billion in {Invariant(y2)}";
            IReadOnlyList<FigurePart> parts = Parser.Parse(text).Value;
            parts.Select(p => p.Label).Should().Equal(["start", "end", "multiple"], text);
            parts[0].Figure.Value.Should().Be(Interval.Exactly(a * 1_000_000_000m), text);
            parts[1].Figure.Value.Should().Be(Interval.Exactly(b * 1_000_000_000m), text);
            parts[2].Figure.Value.Should().Be(Interval.Exactly(b).Divide(Interval.Exactly(a)), text);
            parts[0].PeriodText.Should().Be(Invariant(y1), text);
            parts[1].PeriodText.Should().Be(Invariant(y2), text);
            parts[2].PeriodText.Should().Be($"{Invariant(y1)}-01-01/{Invariant(y2 + 1)}-01-01", text);

            foreach (string mutated in new[]
            {
                text.Replace($"in {Invariant(y2)}", $"in {Invariant(y1 - random.Next(0, 3))}", StringComparison.Ordinal),
                text.Replace($" in {Invariant(y1)}", string.Empty, StringComparison.Ordinal),
                text.Replace($" in {Invariant(y2)}", string.Empty, StringComparison.Ordinal),
                text.Replace(" to ", " and ", StringComparison.Ordinal),
            })
            {
                ParseResult<IReadOnlyList<FigurePart>> result = Parser.Parse(mutated);
                if (result.Success)
                {
                    result.Value.Should().NotContain(p => p.PeriodText != null, mutated);
                    MustChangeOrFail(text, parts, mutated);
                }
            }
        }
    }

    private static void MustChangeOrFail(string original, IReadOnlyList<FigurePart> parts, string mutated)
    {
        if (mutated == original)
        {
            return;
        }

        ParseResult<IReadOnlyList<FigurePart>> result = Parser.Parse(mutated);
        if (result.Success)
        {
            string before = string.Join(" | ", parts.Select(p => Describe(p) + " " + p.Figure.Unit.Symbol + " " + string.Join(";", p.Scope)));
            string after = string.Join(" | ", result.Value.Select(p => Describe(p) + " " + p.Figure.Unit.Symbol + " " + string.Join(";", p.Scope)));
            after.Should().NotBe(before, $"'{mutated}' (from '{original}') must fail or read differently");
        }
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Generated: two prices under a cache condition each ("缓存命中时,输入价格为A元/百万tokens,而缓存未命中时,输入价格为B元…"), in
    // either order and either script, read back exactly with the condition's label; the condition on an output price, the
    // same condition twice, a condition dropped or a word of its own attached make it fail, never a part relabelled.
    [Fact]
    public void Generated_cache_conditions_read_back_exactly_and_mutations_fail()
    {
        var random = new Random(20261202);
        (string Hit, string Miss, string Input, string Output, string When)[] scripts =
            [("缓存命中", "缓存未命中", "输入", "输出", "时"), ("緩存命中", "緩存未命中", "輸入", "輸出", "時")];
        for (int i = 0; i < 1000; i++)
        {
            decimal a = Math.Round((decimal)random.Next(1, 100_000) / 1000m, random.Next(0, 4));
            decimal b = Math.Round((decimal)random.Next(1, 100_000) / 1000m, random.Next(0, 4));
            var w = scripts[random.Next(scripts.Length)];
            bool hitFirst = random.Next(2) == 0;
            string comma = random.Next(2) == 0 ? "," : "，", whereas = random.Next(2) == 0 ? "而" : string.Empty;
            string Part(string cache, string direction, decimal price) =>
                string.Create(CultureInfo.InvariantCulture, $"{cache}{w.When}{comma}{direction}价格为{price}元/百万tokens");
            string first = hitFirst ? w.Hit : w.Miss, second = hitFirst ? w.Miss : w.Hit;
            string text = Part(first, w.Input, a) + comma + whereas + Part(second, w.Input, b);

            ParseResult<IReadOnlyList<FigurePart>> parsed = Parser.Parse(text);
            string hit = string.Create(CultureInfo.InvariantCulture, $"cached-input={(hitFirst ? a : b) / 1_000_000m}..{(hitFirst ? a : b) / 1_000_000m} CNY/token");
            string miss = string.Create(CultureInfo.InvariantCulture, $"input/cache-miss={(hitFirst ? b : a) / 1_000_000m}..{(hitFirst ? b : a) / 1_000_000m} CNY/token");
            string expected = hitFirst ? hit + " | " + miss : miss + " | " + hit;
            if (!parsed.Success || string.Join(" | ", parsed.Value.Select(Describe)) != expected)
            {
                throw new InvalidOperationException($"'{text}' read as {(parsed.Success ? string.Join(" | ", parsed.Value.Select(Describe)) : parsed.Error!.Message)}; expected {expected}");
            }

            string[] mutations =
            [
                Part(first, w.Output, a) + comma + whereas + Part(second, w.Input, b),
                Part(first, w.Input, a) + comma + whereas + Part(first, w.Input, b),
                string.Create(CultureInfo.InvariantCulture, $"{w.Input}价格为{a}元/百万tokens") + comma + whereas + Part(second, w.Input, b),
                Part(first, w.Input, a) + comma + whereas + Part(second, "约" + w.Input, b),
                Part(first, w.Input, a) + comma + "但" + Part(second, w.Input, b),
            ];
            foreach (string mutated in mutations)
            {
                ParseResult<IReadOnlyList<FigurePart>> m = Parser.Parse(mutated);
                if (m.Success && string.Join(" | ", m.Value.Select(Describe)) == expected)
                {
                    throw new InvalidOperationException($"'{mutated}' (from '{text}') still read as {expected}");
                }
            }
        }
    }

    private static string Describe(FigurePart part)
    {
        Figure canonical = part.Figure.ToCanonical();
        return string.Create(CultureInfo.InvariantCulture,
            $"{part.Label}={canonical.Value.Low.ValueOrNull}..{canonical.Value.High.ValueOrNull} {canonical.Unit.Symbol}");
    }
}
