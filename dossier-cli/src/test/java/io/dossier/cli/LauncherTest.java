package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dossier} launcher itself, in a copy of the project's layout with stand-ins for
 * {@code mvn} (counts its calls, takes a while, writes the jar) and {@code java} (says what it
 * was asked to run): concurrent calls build once, a fresh jar is not rebuilt, nothing printed
 * carries terminal escapes.
 */
class LauncherTest {
  @TempDir
  Path dir;

  private static Path launcher() {
    Path l = Path.of(System.getProperty("user.dir")).resolve("../dossier").normalize();
    Assumptions.assumeTrue(Files.isRegularFile(l), "the launcher ../dossier is missing");
    return l;
  }

  private Path project() throws IOException {
    Path p = dir.resolve("project");
    Files.createDirectories(p.resolve("dossier-cli/src/main/java"));
    Files.writeString(p.resolve("pom.xml"), "<project/>");
    Files.writeString(p.resolve("dossier-cli/pom.xml"), "<project/>");
    Files.writeString(p.resolve("dossier-cli/src/main/java/A.java"), "class A {}");
    Files.copy(launcher(), p.resolve("dossier"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    executable(bin.resolve("mvn"), """
        #!/usr/bin/env bash
        echo "mvn $*" >> "%s/mvn-calls"
        sleep 1.5
        mkdir -p dossier-cli/target
        echo jar > dossier-cli/target/dossier-cli.jar
        """.formatted(dir));
    executable(bin.resolve("java"), """
        #!/usr/bin/env bash
        echo "ran java $*"
        """);
    return p;
  }

  private static void executable(Path f, String body) throws IOException {
    Files.writeString(f, body);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Process start(Path project) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("bash", project.resolve("dossier").toString(), "--version")
        .redirectErrorStream(true);
    pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    return pb.start();
  }

  private static String finish(Process p) throws Exception {
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void concurrentCallsWaitForOneBuildAndAFreshJarIsNotRebuilt() throws Exception {
    Assumptions.assumeTrue(new ProcessBuilder("bash", "-c", "command -v flock").start().waitFor() == 0,
        "flock (util-linux) is not installed");
    Path project = project();
    List<Process> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.add(start(project));
    }
    List<String> outs = new ArrayList<>();
    for (Process p : calls) {
      outs.add(finish(p));
    }
    assertThat(Files.readAllLines(dir.resolve("mvn-calls"))).hasSize(1);
    for (String out : outs) {
      assertThat(out).contains("ran java").contains("-jar").contains("--version").doesNotContain("\u001b");
    }
    String again = finish(start(project));
    assertThat(again).contains("ran java").doesNotContain("building");
    assertThat(Files.readAllLines(dir.resolve("mvn-calls"))).hasSize(1);
  }

  @Test
  void aSourceNewerThanTheJarBuildsAgain() throws Exception {
    Path project = project();
    finish(start(project));
    Path jar = project.resolve("dossier-cli/target/dossier-cli.jar");
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    String out = finish(start(project));
    assertThat(out).contains("building dossier-cli").contains("ran java");
    assertThat(Files.readAllLines(dir.resolve("mvn-calls"))).hasSize(2);
  }
}
