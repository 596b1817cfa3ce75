using System.Reflection;
using System.Runtime.CompilerServices;

namespace MarketMetrics.Tests.Laws;

/// <summary>Every public type of the core assembly is immutable: no public setters (init excepted), no writable fields.</summary>
public class ImmutabilityLawTests
{
    public static TheoryData<Type> PublicTypes() => [.. CheckedTypes()];

    private static IEnumerable<Type> CheckedTypes() =>
        typeof(Interval).Assembly.GetExportedTypes()
            .Where(type => !type.IsEnum && !type.IsInterface && !typeof(Exception).IsAssignableFrom(type) && !(type.IsAbstract && type.IsSealed)
                && !type.Name.EndsWith("Draft", StringComparison.Ordinal) && !type.Name.EndsWith("Builder", StringComparison.Ordinal)
                // The options pattern fills it by mutation before the container builds the immutable registries from it.
                && type != typeof(MarketMetricsOptions));

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasNoPublicSettersOtherThanInit(Type type)
    {
        var offenders = new List<string>();
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        {
            MethodInfo? setter = property.SetMethod;
            if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            {
                offenders.Add(property.Name);
            }
        }

        offenders.Should().BeEmpty("{0} must be immutable", type.Name);
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasOnlyReadOnlyFields(Type type)
    {
        FieldInfo[] writable = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .ToArray();

        writable.Select(f => f.Name).Should().BeEmpty("{0} must be immutable", type.Name);
    }

    [Fact]
    public void PublicTypes_AreChecked()
    {
        CheckedTypes().Should().Contain([typeof(Interval), typeof(Figure), typeof(Claim), typeof(ComparableRecord), typeof(ReportingPeriod)]);
    }
}
