namespace MarketMetrics;

/// <summary>What an entity of the <see cref="EntityAliases"/> table is.</summary>
public enum EntityKind
{
    /// <summary>A cloud or AI vendor (火山引擎, Alibaba Cloud).</summary>
    Vendor = 0,

    /// <summary>A model family of a vendor (豆包 / Doubao of ByteDance).</summary>
    ModelFamily,

    /// <summary>A publisher of figures (IDC, Frost &amp; Sullivan).</summary>
    Publisher,

    /// <summary>A market as a whole, when it is the subject of a figure.</summary>
    Market,

    /// <summary>Several vendors counted together ("top five combined", 前五大厂商): never ranked against vendors, never summed with its members.</summary>
    Group,
}
