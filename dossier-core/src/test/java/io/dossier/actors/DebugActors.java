package io.dossier.actors;

import io.dossier.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugActors {
  @Test
  void print() {
    var p = Docs.plain("d", System.getProperty("dbg"));
    for (var a : new ActorAnalyzer().analyze("Why does Russia not want Ukraine to join NATO?", List.of(p), List.of())) {
      System.out.println(a);
    }
  }
}
