package io.dossier.cli;

import io.dossier.server.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: a thin edge around the core library. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
    description = "Reads a pile of articles about one question and writes a brief that answers it "
        + "with evidence: key points ranked by independent sources, counterpoints and a summary, "
        + "every sentence a located span of a source.",
    footer = {"", "On Spark (its own jar; see docs/spark.md):",
        "  dossier spark analyse --out DS INPUT...  per-document stages to Parquet",
        "  dossier spark brief -q Q --out DIR DS    the same brief, from that dataset",
        "  dossier spark --help                     all its commands and options"},
    subcommands = {BriefCommand.class, AddCommand.class, ListCommand.class, RemoveCommand.class, ServeCommand.class,
        ExtractCommand.class, SchemaCommand.class, ManPageCommand.class, picocli.AutoComplete.GenerateCompletion.class, BenchCommand.class, BenchExtractCommand.class, BenchStoreCommand.class, BenchGroupCommand.class, TrainMatcherCommand.class, TrainDatesCommand.class,
        CommandLine.HelpCommand.class})
public final class DossierCli {
  public static void main(String[] args) {
    int code = new CommandLine(new DossierCli())
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          cmd.getErr().println("dossier: " + ex.getMessage());
          return 1;
        })
        .execute(args);
    System.exit(code);
  }
}
