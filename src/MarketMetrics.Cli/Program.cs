using System.Text;
using MarketMetrics.Cli;

// Standard input and output are UTF-8 whatever the locale says: figures are Chinese and English text, and a Latin-1
// locale would otherwise turn 超5000億 into other characters before the parser sees them.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.OutputEncoding = utf8;
using var input = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: false);
return CliApplication.Run(args, Console.Out, Console.Error, input);
