using MarketMetrics.Serialization;

namespace MarketMetrics.Tests;

public class ContractNamesTests
{
    [Theory]
    [InlineData(PublisherKind.Unknown, "unknown")]
    [InlineData(PublisherKind.Vendor, "vendor")]
    [InlineData(PublisherKind.Analyst, "analyst")]
    [InlineData(PublisherKind.Media, "media")]
    [InlineData(PublisherKind.Filing, "filing")]
    public void PublisherKind_HasItsContractName_AndReadsBackFromARecordDocument(PublisherKind kind, string name)
    {
        ContractNames.Of(kind).Should().Be(name);

        var claim = new Claim("c", "a", "b", MarketMetrics.Parsing.QuantityParser.Default.Parse("5%").Value, MetricBasis.MaasRevenue) { Publisher = new Publisher("IDC", kind) };
        RecordDocument document = RecordDocuments.ToDocument(new ComparableRecord("c", claim, claim.Figure, claim.Basis));
        document.Claim.PublisherKind.Should().Be(name);
        RecordDocuments.TryToRecord(document, out ComparableRecord? record, out _).Should().BeTrue();
        record!.Claim.Publisher!.Kind.Should().Be(kind);
    }

    [Fact]
    public void PublisherKind_Undefined_Throws()
    {
        Action act = () => ContractNames.Of((PublisherKind)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
