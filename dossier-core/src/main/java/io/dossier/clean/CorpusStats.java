package io.dossier.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * What cleaning may know about the whole pile: in how many documents each short line
 * occurs. A line that repeats across pages (a site's menu, its disclaimer, "Related posts")
 * is boilerplate however article-like it looks. Immutable once built.
 */
public final class CorpusStats {
  public static final CorpusStats EMPTY = new CorpusStats(Map.of(), 0);
  private static final int MAX_LINE = 300;

  private final Map<String, Integer> lineDocs;
  private final int documents;

  private CorpusStats(Map<String, Integer> lineDocs, int documents) {
    this.lineDocs = lineDocs;
    this.documents = documents;
  }

  /** Counts, for each normalised line of at most 300 characters, the texts that contain it. */
  public static CorpusStats of(List<String> texts) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : texts) {
      for (String k : lineKeys(t)) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    return new CorpusStats(Map.copyOf(counts), texts.size());
  }

  /** The distinct normalised lines (of at most 300 characters) of one text: what {@link #of} counts. */
  public static Set<String> lineKeys(String text) {
    Set<String> seen = new HashSet<>();
    for (String line : text.split("\\R")) {
      String k = key(line);
      if (!k.isEmpty() && k.length() <= MAX_LINE) {
        seen.add(k);
      }
    }
    return seen;
  }

  /**
   * Statistics counted elsewhere (a distributed job summing {@link #lineKeys} over
   * {@code documents} texts). Lines in fewer than two documents may be left out: no decision
   * depends on a line that only one document has.
   */
  public static CorpusStats fromCounts(Map<String, Integer> lineDocs, int documents) {
    if (documents < 0) {
      throw new IllegalArgumentException("documents must be >= 0");
    }
    return new CorpusStats(Map.copyOf(lineDocs), documents);
  }

  /** The number of documents containing this line (after normalisation); 0 if unknown. */
  public int documentsWith(String line) {
    return lineDocs.getOrDefault(key(line), 0);
  }

  public int documents() {
    return documents;
  }

  /** Lower case, letters and digits only, single spaces: what makes two lines "the same". */
  public static String key(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
