package io.dossier.server;

import picocli.CommandLine;

/** Runs {@code serve} on its own (the command line's {@code dossier serve} is the same command). */
public final class ServerMain {
  private ServerMain() {
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServeCommand()).execute(args));
  }
}
