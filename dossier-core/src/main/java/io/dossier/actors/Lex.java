package io.dossier.actors;

import java.util.Arrays;
import java.util.Set;

/** Word lists: an immutable set that tolerates repeats in its source list. */
public final class Lex {
  private Lex() {
  }

  public static Set<String> set(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }
}
