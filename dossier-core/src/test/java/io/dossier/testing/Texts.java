package io.dossier.testing;

import io.dossier.model.CharSpan;
import io.dossier.model.Page;
import java.util.ArrayList;
import java.util.List;

/** Small helpers to build pages for stage tests without running the cleaner. */
public final class Texts {
  private Texts() {
  }

  /** The trimmed non-blank lines of {@code text} as kept spans, in order. */
  public static List<CharSpan> lineSpans(String text) {
    List<CharSpan> out = new ArrayList<>();
    int i = 0;
    while (i <= text.length()) {
      int e = text.indexOf('\n', i);
      if (e < 0) {
        e = text.length();
      }
      int s = i;
      int t = e;
      while (s < t && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (t > s && Character.isWhitespace(text.charAt(t - 1))) {
        t--;
      }
      if (t > s) {
        out.add(new CharSpan(s, t));
      }
      i = e + 1;
    }
    return out;
  }

  /** A readable page whose every non-blank line is kept. */
  public static Page pageOfLines(String id, String text) {
    return new Page(id, id + ".txt", null, null, null, text, lineSpans(text), List.of(), List.of(), null);
  }
}
