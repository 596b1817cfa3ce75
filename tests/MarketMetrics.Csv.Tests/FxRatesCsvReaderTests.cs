using System.Text;
using MarketMetrics.Normalization;

namespace MarketMetrics.Csv.Tests;

public class FxRatesCsvReaderTests
{
    [Fact]
    public void Read_ValidAndInvalidRows_GivesRatesAndRejectionsAtTheirLines()
    {
        string text = "from,to,rate,date,source\nUSD,CNY,7.1884,2024-12-31,\"PBoC central parity, 2024\"\nUSD,CNY,0,2024-06-30,zero\nEUR,CNY,7.6,2024-02-30,bad date\n";

        var rows = FxRatesCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        rows.Should().HaveCount(3);
        rows[0].Rate.Should().Be(new FxRate("USD", "CNY", 7.1884m, new DateOnly(2024, 12, 31), "PBoC central parity, 2024"));
        rows.Skip(1).Select(r => (r.Rejection!.LineNumber, r.Rejection.Code)).Should().Equal((3L, "fx.invalid"), (4L, "fx.invalid"));
        new InMemoryFxRateProvider([rows[0].Rate!]).TryGetRate("USD", "CNY", new DateOnly(2025, 1, 1), out FxRate? found).Should().BeTrue();
        found!.Rate.Should().Be(7.1884m);
    }

    [Fact]
    public void Read_MissingColumn_FailsNamingIt()
    {
        Action act = () => _ = FxRatesCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("from,to,rate,date\nUSD,CNY,7,2024-12-31\n"))).Count();

        act.Should().Throw<ClaimsCsvHeaderException>().WithMessage("*source*");
    }
}
