package io.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: its subcommands do the work. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
    description = "A cited brief from a pile of articles on one question.",
    subcommands = {ExtractCommand.class, BenchExtractCommand.class})
public final class DossierCli {
  public static void main(String[] args) {
    System.exit(new CommandLine(new DossierCli()).execute(args));
  }
}
