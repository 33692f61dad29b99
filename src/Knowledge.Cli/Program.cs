return Knowledge.Cli.KnowledgeCommand.Run(args, Console.In, Console.Out, Console.Error);
