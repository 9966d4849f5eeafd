package io.dossier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Main text of pages.")
public final class ExtractCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
