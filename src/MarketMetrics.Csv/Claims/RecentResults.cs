namespace MarketMetrics.Csv;

/// <summary>
/// The last few results of a function of a field's text that depends on nothing else than the text and, where given, a
/// context (a published date, compared with <see cref="object.Equals(object, object)"/>) and an instance it is computed
/// with (a fiscal calendar, compared by reference): a claims file prints the same scopes, periods and dates row after
/// row, and <see cref="FieldStrings"/> hands the same string instance for them, so that a result is found by reference
/// first and by ordinal comparison of the text otherwise. A result is found only for exactly the key it was computed for.
/// Bounded (the oldest entry gives way); a cache that is seldom found (a column whose values do not repeat) stops being
/// looked up after a while. One per reading; not thread-safe.
/// </summary>
/// <typeparam name="T">The result.</typeparam>
internal sealed class RecentResults<T>
{
    private const int Size = 16;
    private const int Trial = 512; // lookups before a cache that is seldom found is left alone

    private readonly string?[] _texts = new string?[Size];
    private readonly object?[] _contexts = new object?[Size];
    private readonly object?[] _withs = new object?[Size];
    private readonly T[] _results = new T[Size];
    private int _next;
    private long _lookups;
    private long _found;
    private bool _off;

    /// <summary>The result computed for the same text, context and instance, if one is kept.</summary>
    public bool TryGet(string text, object? context, object? with, out T result)
    {
        result = default!;
        if (_off)
        {
            return false;
        }

        _lookups++;
        string?[] texts = _texts;
        for (int i = 0; i < texts.Length; i++)
        {
            if (texts[i] is { } known && (ReferenceEquals(known, text) || string.Equals(known, text, StringComparison.Ordinal))
                && ReferenceEquals(_withs[i], with) && Equals(_contexts[i], context))
            {
                result = _results[i];
                _found++;
                return true;
            }
        }

        if (_lookups >= Trial && _found < _lookups / 8)
        {
            _off = true;
        }

        return false;
    }

    /// <summary>Keeps the result computed for the text, context and instance.</summary>
    public void Add(string text, object? context, object? with, T result)
    {
        if (_off)
        {
            return;
        }

        int i = _next;
        _texts[i] = text;
        _contexts[i] = context;
        _withs[i] = with;
        _results[i] = result;
        _next = (i + 1) % Size;
    }
}
