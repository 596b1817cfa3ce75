using MarketMetrics.Cli;

return CliApplication.Run(args, Console.Out, Console.Error, Console.In);
