package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** add, list, remove and brief --data, in-process (no model is loaded: nothing here embeds). */
class StoreCommandsTest {
  static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples/car-free-centres").normalize();

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new DossierCli());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void addListAndRemoveDocumentsInAStore() throws Exception {
    String data = dir.resolve("data").toString();
    assertThat(run("add", "--data", data, EXAMPLES.toString())).isZero();
    assertThat(err.toString()).contains("added 01_citydesk", "4 added");
    assertThat(run("add", "--data", data, EXAMPLES.resolve("02_greenwire.txt").toString())).isZero();
    assertThat(err.toString()).contains("already stored");
    assertThat(run("list", "--data", data)).isZero();
    assertThat(out.toString().lines()).hasSize(4);
    assertThat(out.toString()).contains("01_citydesk\t", "03_metro\t");
    assertThat(run("remove", "--data", data, "03_metro", "nope")).isEqualTo(1);
    assertThat(err.toString()).contains("removed 03_metro", "no document nope");
    out.getBuffer().setLength(0);
    run("list", "--data", data);
    assertThat(out.toString()).doesNotContain("03_metro");
    assertThat(Files.exists(dir.resolve("data/dossier.db"))).isTrue();
  }

  @Test
  void briefOnAnEmptyStoreFailsWithAReason() {
    assertThat(run("brief", "--no-progress", "--data", dir.resolve("empty").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no documents");
    assertThat(run("brief", "--documents", "a")).isEqualTo(2);
  }

  @Test
  void everyNewCommandHasHelp() {
    for (String c : new String[] {"add", "list", "remove", "serve", "bench-store"}) {
      out.getBuffer().setLength(0);
      assertThat(run(c, "--help")).as(c).isZero();
      assertThat(out.toString()).as(c).contains("Usage: dossier " + c);
    }
  }
}
