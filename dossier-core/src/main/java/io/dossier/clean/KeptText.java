package io.dossier.clean;

import io.dossier.model.CharSpan;

/** The article text of an extraction: its kept spans, in order, joined by a blank line. */
public final class KeptText {
  private KeptText() {
  }

  public static String of(Extraction x) {
    StringBuilder sb = new StringBuilder();
    for (CharSpan k : x.kept()) {
      String part = k.of(x.text()).strip();
      if (part.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(part);
    }
    return sb.toString();
  }
}
