using System.Runtime.CompilerServices;

// The compiler proves every local assigned before use and every stackalloc buffer here is written before it is read,
// so the runtime need not clear stack frames on entry; for the parser's value-type temporaries (intervals, bounds,
// decimals) that clearing was up to 0.9 KB per call.
[module: SkipLocalsInit]
