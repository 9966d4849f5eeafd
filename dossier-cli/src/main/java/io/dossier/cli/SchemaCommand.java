package io.dossier.cli;

import io.dossier.render.BriefSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier schema}: prints brief.json's JSON Schema (generated from the model records). */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of brief.json, generated from the records the brief is "
        + "written from; the service serves the same at GET /api/brief.schema.json.")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(BriefSchema.json());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
