package io.dossier.text;

import io.dossier.model.Page;
import io.dossier.model.Removal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts the cleaner removed from one page, indexed so that "does this sentence hold one of
 * them?" is answered in one pass over the sentence's positions, not against every removed text
 * (a page of 40,000 removed lines made that quadratic). A page can repeat a line that the
 * cleaner removed in one place (a lead repeated as a caption) and kept in another; the brief
 * never shows text it says was removed. Immutable.
 */
public final class RemovedText {
  /** Shorter removed texts ("Share", "AP") are words any sentence may hold. */
  public static final int MIN_CHARS = 12;

  private final Map<String, List<String>> byPrefix;

  private RemovedText(Map<String, List<String>> byPrefix) {
    this.byPrefix = byPrefix;
  }

  public static RemovedText of(Page page) {
    Map<String, List<String>> byPrefix = new HashMap<>();
    for (Removal r : page.removed()) {
      String t = page.text().substring(r.start(), r.end()).strip();
      if (t.length() >= MIN_CHARS) {
        byPrefix.computeIfAbsent(t.substring(0, MIN_CHARS), k -> new ArrayList<>()).add(t);
      }
    }
    return new RemovedText(byPrefix);
  }

  /** Whether {@code text} contains a removed text of {@link #MIN_CHARS} characters or more. */
  public boolean within(String text) {
    if (byPrefix.isEmpty()) {
      return false;
    }
    for (int i = 0; i + MIN_CHARS <= text.length(); i++) {
      List<String> l = byPrefix.get(text.substring(i, i + MIN_CHARS));
      if (l != null) {
        for (String r : l) {
          if (text.startsWith(r, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
