using System.CommandLine;
using Preround.Cli;

var root = new RootCommand("Preround: check a clinician's post before it goes out, audit the trail, plan a steady presence.");
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
