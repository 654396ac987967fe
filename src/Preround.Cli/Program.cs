using System.CommandLine;
using System.Text;
using Preround.Cli;
using Preround.Cli.Infrastructure;

Console.OutputEncoding = new UTF8Encoding(false);
var root = new RootCommand("Preround: check a clinician's post before it goes out, audit the trail, plan a steady presence.");
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

// NOTE: response files are off: drafts often start with "@handle", which would otherwise be read as a file name.
var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
{
    // NOTE: usage errors exit 2 (System.CommandLine's default is 1, which we reserve for findings).
    foreach (var error in parse.Errors) Console.Error.WriteLine($"preround: {error.Message}");
    Console.Error.WriteLine("Run 'preround --help' or 'preround <command> --help' for usage.");
    return ExitCodes.UsageOrInput;
}
return await parse.InvokeAsync();
