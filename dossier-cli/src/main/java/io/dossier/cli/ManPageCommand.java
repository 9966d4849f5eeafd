package io.dossier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dossier manpage}: dossier(1) in troff, written from the same picocli model as
 * {@code --help} (every command, option and default), so it never drifts from the code.
 * Install it with {@code dossier manpage > ~/.local/share/man/man1/dossier.1}; read it with
 * {@code man -l}.
 */
@Command(name = "manpage", mixinStandardHelpOptions = true,
    description = "Print the dossier(1) manual page (troff), written from the commands' own help: "
        + "'dossier manpage > ~/.local/share/man/man1/dossier.1', or 'dossier manpage | man -l -'.")
final class ManPageCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CommandSpec root = spec.root();
    StringBuilder m = new StringBuilder();
    // no date: the page is written from the code, and its version says which
    m.append(".TH DOSSIER 1 \"\" \"")
        .append(esc(String.join(" ", root.version()))).append("\" \"Dossier manual\"\n");
    m.append(".SH NAME\ndossier \\- ").append(esc(first(root.usageMessage().description()))).append('\n');
    m.append(".SH SYNOPSIS\n.B dossier\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n");
    m.append(".SH DESCRIPTION\n").append(esc(String.join(" ", root.usageMessage().description()))).append('\n');
    m.append(".SH COMMANDS\n");
    for (CommandLine sub : root.subcommands().values()) {
      CommandSpec c = sub.getCommandSpec();
      if (c.name().equals("help")) {
        continue;
      }
      m.append(".SS ").append(esc("dossier " + c.name()));
      for (PositionalParamSpec p : c.positionalParameters()) {
        m.append(' ').append(esc(p.paramLabel())).append(p.arity().max() > 1 ? "..." : "");
      }
      m.append('\n').append(esc(String.join(" ", c.usageMessage().description()))).append('\n');
      for (OptionSpec o : c.options()) {
        if (o.usageHelp() || o.versionHelp()) {
          continue;
        }
        m.append(".TP\n.B ").append(esc(String.join(", ", o.names())));
        if (o.typeInfo().isBoolean()) {
          m.append('\n');
        } else {
          m.append(" \\fI").append(esc(o.paramLabel())).append("\\fR\n");
        }
        m.append(esc(description(o))).append('\n');
      }
      for (PositionalParamSpec p : c.positionalParameters()) {
        m.append(".TP\n.I ").append(esc(p.paramLabel())).append('\n').append(esc(description(p))).append('\n');
      }
    }
    m.append(".SH FILES\n.TP\n.I $XDG_DATA_HOME/dossier\nThe store of 'dossier add' and 'dossier serve' "
        + "(else ~/.local/share/dossier).\n");
    m.append(".SH SEE ALSO\nThe JSON brief: 'dossier schema'; the service's API: GET /api/openapi.json.\n");
    spec.commandLine().getOut().print(m);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static String description(ArgSpec a) {
    String d = String.join(" ", a.description());
    String def = a.defaultValueString();
    return d.replace("${DEFAULT-VALUE}", def == null ? "" : def);
  }

  private static String first(String[] lines) {
    String all = String.join(" ", lines);
    int dot = all.indexOf(": ");
    return dot > 0 ? all.substring(0, dot) : all;
  }

  /** troff: backslashes doubled, a leading dot or quote escaped, dashes as minus signs. */
  static String esc(String s) {
    String t = s.replace("\\", "\\e").replace("-", "\\-");
    return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
  }
}
