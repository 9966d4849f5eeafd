package io.dossier.quotes;

import io.dossier.actors.DocumentMentions;
import io.dossier.model.Passages;
import io.dossier.testing.Docs;
import org.junit.jupiter.api.Test;

class DebugPrint {
  @Test
  void print() {
    String text = System.getProperty("dbg", "“I then heard it,” Holmes testified.\n\n“You are in this job,” Sasse told Hawk Sawyer.");
    Passages p = Docs.plain("d", text);
    DocumentMentions dm = DocumentMentions.of(p, x -> java.util.List.of());
    for (var para : dm.paragraphs()) {
      System.out.println(para.tokens().stream().map(t -> t.text()).toList());
      para.mentions().forEach(m -> System.out.println("  " + m.kind() + " " + m.text() + " [" + m.tokenStart() + "," + m.tokenEnd() + ") -> " + dm.entity(m)));
    }
    new QuoteFinder().find(p).forEach(q -> System.out.println(q.speaker() + " | " + q.cue() + " | " + q.text()));
  }
}
