using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Kapman.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
