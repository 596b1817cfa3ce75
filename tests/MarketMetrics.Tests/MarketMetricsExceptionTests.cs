namespace MarketMetrics.Tests;

public class MarketMetricsExceptionTests
{
    [Fact]
    public void Constructor_WithInner_KeepsMessageAndCause()
    {
        var inner = new InvalidOperationException("inner");

        var exception = new MarketMetricsException("outer", inner);

        exception.Message.Should().Be("outer");
        exception.InnerException.Should().BeSameAs(inner);
    }
}
