package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line speaks one vocabulary: every option that takes a value names it with a
 * label from a short list (DIR, FILE, N, ...), an option of the same name means the same in
 * every command (same label), every option and command is described, and defaults are shown.
 */
class OptionConventionsTest {
  /** The value labels in use, each for one kind of value. */
  private static final Set<String> LABELS = Set.of("DIR", "FILE", "N", "TEXT", "P", "MB", "S", "ID", "URL", "KIND",
      "MODE", "FROM", "HOST", "PORT", "NAME", "SPLIT", "SHELL", "SEED", "INPUT", "LIST");

  private static List<CommandSpec> commands(CommandLine cl) {
    List<CommandSpec> out = new ArrayList<>();
    out.add(cl.getCommandSpec());
    for (CommandLine sub : cl.getSubcommands().values()) {
      out.addAll(commands(sub));
    }
    return out;
  }

  @Test
  void valueLabelsComeFromOneVocabularyAndMeanTheSameEverywhere() {
    Map<String, String> labelOf = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (CommandSpec c : commands(new CommandLine(new DossierCli()))) {
      for (OptionSpec o : c.options()) {
        if (o.usageHelp() || o.versionHelp()) {
          continue;
        }
        String where = c.qualifiedName() + " " + o.longestName();
        if (o.description().length == 0 || String.join("", o.description()).isBlank()) {
          problems.add(where + ": no description");
        }
        if (o.arity().max() == 0) {
          continue; // a switch
        }
        String label = o.paramLabel().replaceAll("[<>]", "");
        if (!LABELS.contains(label)) {
          problems.add(where + ": value label '" + o.paramLabel() + "' is not one of " + LABELS);
        }
        // --out is where a command writes: a directory of files, or the one file it makes
        String kind = o.longestName().equals("--out") && label.equals("FILE") ? "DIR" : label;
        String before = labelOf.putIfAbsent(o.longestName(), kind);
        if (before != null && !before.equals(kind)) {
          problems.add(where + ": labelled " + label + " here and " + before + " elsewhere");
        }
      }
      if (c.usageMessage().description().length == 0 && !c.name().equals("help")) {
        problems.add(c.qualifiedName() + ": no description");
      }
    }
    assertThat(problems).isEmpty();
  }
}
