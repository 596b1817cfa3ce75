namespace MarketMetrics.Tests.Entities;

public class EntityAliasesTests
{
    [Theory]
    [InlineData("火山引擎")]
    [InlineData("Volcano Engine")]
    [InlineData("volcano engine")]
    [InlineData("VOLCENGINE")]
    [InlineData("VolcEngine")]
    [InlineData("  火山引擎 ")]
    [InlineData("volcano-engine")]
    public void TryResolve_PrintedNameInAnyCaseOrSpacing_FindsTheEntity(string printed)
    {
        EntityAliases.Default.TryResolve(printed, out Entity? entity).Should().BeTrue();
        entity!.Id.Should().Be("volcano-engine");
    }

    [Theory]
    [InlineData("火山")]
    [InlineData("Volcano")]
    [InlineData("")]
    public void TryResolve_UnknownName_IsNotFound(string printed)
    {
        EntityAliases.Default.TryResolve(printed, out Entity? entity).Should().BeFalse();
        entity.Should().BeNull();
    }

    [Fact]
    public void With_AddsAnEntityFoundByItsAliasesInAnyCase_AndLeavesTheOriginalTableAlone()
    {
        EntityAliases table = EntityAliases.Default.With(new Entity("acme-cloud", EntityKind.Vendor), "Acme 云", "ACME");

        table.TryResolve("acme", out Entity? byLatin).Should().BeTrue();
        byLatin!.Id.Should().Be("acme-cloud");
        table.TryResolve("acme 云", out Entity? byMixed).Should().BeTrue();
        byMixed!.Id.Should().Be("acme-cloud");
        EntityAliases.Default.TryResolve("ACME", out _).Should().BeFalse();
    }

    [Fact]
    public void With_AnAliasThatAlreadyFindsAnotherEntity_Throws()
    {
        Action act = () => EntityAliases.Default.With(new Entity("acme-cloud", EntityKind.Vendor), "volcengine");

        act.Should().Throw<ArgumentException>().WithMessage("*already finds 'volcano-engine'*");
    }
}
