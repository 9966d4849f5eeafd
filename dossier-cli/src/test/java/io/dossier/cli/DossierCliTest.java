package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The command line run in-process through picocli (never {@code main}, which exits the JVM). */
class DossierCliTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine cli() {
    CommandLine cmd = new CommandLine(new DossierCli());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd;
  }

  @Test
  void briefHelpExitsZeroAndMentionsEveryOption() {
    CommandLine cmd = cli();
    int code = cmd.execute("brief", "--help");
    assertThat(code).isZero();
    String help = out.toString();
    CommandLine brief = cmd.getSubcommands().get("brief");
    assertThat(brief.getCommandSpec().options()).hasSizeGreaterThanOrEqualTo(10);
    for (OptionSpec o : brief.getCommandSpec().options()) {
      assertThat(help).as("help mentions %s", o.longestName()).contains(o.longestName());
    }
    assertThat(help).contains("INPUT", "Exit codes");
  }

  @Test
  void topLevelHelpListsTheBriefCommand() {
    assertThat(cli().execute("--help")).isZero();
    assertThat(out.toString()).contains("brief");
  }

  @Test
  void topLevelHelpNamesTheSparkCommands() {
    assertThat(cli().execute("--help")).isZero();
    assertThat(out.toString()).contains("dossier spark analyse", "dossier spark brief");
  }

  private static Path examples() {
    Path ex = Path.of(System.getProperty("user.dir")).resolve("../examples/car-free-centres").normalize();
    Assumptions.assumeTrue(Files.isDirectory(ex), "examples/ missing");
    return ex;
  }

  @Test
  void dashReadsOneDocumentFromStandardInputAndOutDashWritesTheJsonToStandardOutput() throws IOException {
    Path ex = examples();
    CommandLine cmd = cli();
    BriefCommand brief = cmd.getSubcommands().get("brief").getCommand();
    brief.stdin = new java.io.ByteArrayInputStream(Files.readAllBytes(ex.resolve("03_metro.html")));
    int code = cmd.execute("brief", "-q", "Should cars leave city centres?", "--no-progress", "--out", "-", "-",
        ex.resolve("01_citydesk.txt").toString());
    assertThat(code).as(err.toString()).isZero();
    JsonNode b = new ObjectMapper().readTree(out.toString());
    assertThat(b.get("schema").asText()).isEqualTo("dossier.brief/1");
    JsonNode stdin = null;
    for (JsonNode d : b.get("documents")) {
      if (d.get("source").asText().equals("stdin")) {
        stdin = d;
      }
    }
    assertThat(stdin).isNotNull();
    assertThat(stdin.get("error").isNull()).isTrue();
    assertThat(stdin.get("text").asText()).contains("car");
    assertThat(err.toString()).contains("wrote brief.json to standard output");
    assertThat(dir.resolve("brief-out")).doesNotExist();
  }

  @Test
  void briefFilesGetThePermissionsTheUmaskGivesNotPrivateOnes() throws IOException {
    Path ex = examples();
    Path o = dir.resolve("out");
    assertThat(cli().execute("brief", "-q", "Should cars leave city centres?", "--no-progress", "--out", o.toString(),
        ex.resolve("01_citydesk.txt").toString(), ex.resolve("02_greenwire.txt").toString())).isZero();
    Path plain = Files.createFile(dir.resolve("plain"));
    var expected = Files.getPosixFilePermissions(plain);
    for (String f : new String[] {"brief.json", "brief.md", "brief.html"}) {
      assertThat(Files.getPosixFilePermissions(o.resolve(f))).as(f).isEqualTo(expected);
    }
    try (var left = Files.list(o)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("brief.json", "brief.md",
          "brief.html");
    }
  }

  @Test
  void aSecondBriefWithTheVectorCacheEmbedsNothingNewAndIsTheSame() throws IOException {
    Path ex = examples();
    Path cache = dir.resolve("cache");
    String[] pile = {ex.resolve("01_citydesk.txt").toString(), ex.resolve("02_greenwire.txt").toString()};
    java.util.function.BiFunction<String, String, String> brief = (question, o) -> {
      err.getBuffer().setLength(0);
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("brief", "-q", question,
          "--no-progress", "--cache", cache.toString(), "--out", dir.resolve(o).toString()));
      args.addAll(java.util.List.of(pile));
      assertThat(cli().execute(args.toArray(String[]::new))).as(err.toString()).isZero();
      return err.toString();
    };
    java.util.regex.Pattern counts = java.util.regex.Pattern.compile("(\\d+) from the cache in .*, (\\d+) computed");
    java.util.regex.Matcher first = counts.matcher(brief.apply("Should cars leave city centres?", "a"));
    assertThat(first.find()).isTrue();
    assertThat(Long.parseLong(first.group(2))).isPositive();
    java.util.regex.Matcher again = counts.matcher(brief.apply("Should cars leave city centres?", "b"));
    assertThat(again.find()).isTrue();
    assertThat(again.group(2)).isEqualTo("0");
    assertThat(Long.parseLong(again.group(1))).isPositive();
    assertThat(Files.readString(dir.resolve("b/brief.json"))).isEqualTo(Files.readString(dir.resolve("a/brief.json")));
    Path none = dir.resolve("c");
    err.getBuffer().setLength(0);
    assertThat(cli().execute("brief", "-q", "Should cars leave city centres?", "--no-progress", "--no-cache", "--out",
        none.toString(), pile[0], pile[1])).isZero();
    assertThat(Files.readString(none.resolve("brief.json"))).isEqualTo(Files.readString(dir.resolve("a/brief.json")));
    assertThat(err.toString()).doesNotContain("from the cache");
  }

  @Test
  void anUnusableCacheIsReportedAndTheBriefGoesOn() throws IOException {
    Path ex = examples();
    Path notADir = Files.writeString(dir.resolve("file"), "x");
    assertThat(cli().execute("brief", "-q", "Should cars leave city centres?", "--no-progress", "--cache",
        notADir.toString(), "--out", dir.resolve("o").toString(), ex.resolve("01_citydesk.txt").toString())).isZero();
    assertThat(err.toString()).contains("going on without the vector cache");
    assertThat(dir.resolve("o/brief.json")).exists();
    assertThat(cli().execute("brief", "--cache", dir.toString(), "--no-cache", ex.toString())).isEqualTo(2);
  }

  @Test
  void schemaPrintsTheBriefsJsonSchema() throws IOException {
    assertThat(cli().execute("schema")).isZero();
    JsonNode s = new ObjectMapper().readTree(out.toString());
    assertThat(s.get("$schema").asText()).contains("2020-12");
    assertThat(s.get("title").asText()).contains("dossier.brief/1");
  }

  @Test
  void manpageAndCompletionAreWrittenFromTheCommands() {
    assertThat(cli().execute("manpage")).isZero();
    String man = out.toString();
    assertThat(man).startsWith(".TH DOSSIER 1").contains(".SH COMMANDS", ".SS dossier brief", "\\-\\-question",
        "\\-\\-doc\\-seconds", ".SS dossier serve");
    out.getBuffer().setLength(0);
    assertThat(cli().execute("generate-completion")).isZero();
    assertThat(out.toString()).contains("complete -F", "brief", "--allow-private-urls");
  }

  @Test
  void anUnknownOptionIsBadUsageWithExitTwo() {
    int code = cli().execute("brief", "--no-such-option", dir.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--no-such-option");
  }

  @Test
  void missingInputsAreBadUsageWithExitTwo() {
    assertThat(cli().execute("brief")).isEqualTo(2);
    assertThat(err.toString()).contains("INPUT");
  }

  @Test
  void aNonNumberForANumericOptionIsBadUsage() {
    assertThat(cli().execute("brief", "--max-points", "many", dir.toString())).isEqualTo(2);
  }

  @Test
  void settingsOutOfRangeAreBadUsageWithAMessage() {
    assertThat(cli().execute("brief", "--match-threshold", "50", "--out", dir.resolve("o").toString(), dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("matchThreshold");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void aPileWithNothingReadableExitsOneWithAReasonAndWritesNoBrief() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Path outDir = dir.resolve("out");
    int code = cli().execute("brief", "--no-progress", "--question", "Why?", "--out", outDir.toString(), in.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no document could be read").contains("empty file");
    assertThat(outDir.resolve("brief.json")).doesNotExist();
  }

  @Test
  void aFullBriefOnTheSeedsWritesJsonMarkdownAndHtmlAndExitsZero() throws IOException {
    String shared = System.getProperty("dossier.shared");
    Path seeds = shared == null ? null : Path.of(shared, "corpus", "seeds");
    Assumptions.assumeTrue(seeds != null && Files.isDirectory(seeds),
        "shared seed corpus (dossier.shared/corpus/seeds) absent; skipping");
    Path outDir = dir.resolve("brief-out");
    int code = cli().execute("brief", "--no-progress", "--threads", "2",
        "--question", "Why does Russia not want Ukraine to join NATO?", "--out", outDir.toString(), seeds.toString());
    assertThat(code).as("stderr: %s", err).isZero();
    assertThat(outDir.resolve("brief.json")).isRegularFile();
    assertThat(outDir.resolve("brief.md")).isRegularFile();
    assertThat(outDir.resolve("brief.html")).isRegularFile();
    try (var files = Files.list(outDir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary files left behind").containsExactlyInAnyOrder("brief.json", "brief.md", "brief.html");
    }
    JsonNode json = new ObjectMapper().readTree(outDir.resolve("brief.json").toFile());
    assertThat(json.get("schema").asText()).isEqualTo("dossier.brief/1");
    assertThat(json.get("questionInferred").asBoolean()).isFalse();
    assertThat(json.get("documents")).hasSize(6);
    assertThat(json.get("keyPoints").size()).isGreaterThanOrEqualTo(2);
    assertThat(Files.readString(outDir.resolve("brief.md"))).startsWith("# Why does Russia not want Ukraine to join NATO?");
    assertThat(err.toString()).contains("wrote").contains("key points");
  }
}
