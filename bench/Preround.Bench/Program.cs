using BenchmarkDotNet.Running;

// Run on demand: dotnet run -c Release --project bench/Preround.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
