package io.dossier.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Document ids as every edge makes them (CLI, store, Spark), so that one file gets the same
 * id everywhere: the file name without its extensions, unsafe characters replaced, made
 * unique by a suffix ({@code a}, {@code a-2}). One instance per listing; not thread-safe.
 */
public final class DocumentIds {
  private final Map<String, Integer> counts = new HashMap<>();

  /** The file name without its extensions: {@code a.html.gz} gives {@code a}. */
  public static String fromName(String name, String fallback) {
    String n = name;
    int dot = n.indexOf('.', 1);
    if (dot > 0) {
      n = n.substring(0, dot);
    }
    n = n.replaceAll("[^A-Za-z0-9_\\-]+", "_");
    return n.isEmpty() || n.equals("_") ? fallback : n;
  }

  /**
   * Quirk: corpus folders often carry a README, a licence or an index (INDEX.tsv, metadata.csv,
   * a JSON or YAML manifest) beside the articles; they are about the corpus, not part of it.
   * Only files found in a directory are judged so: a file named on its own is read.
   */
  /** The error of a metadata file met in a directory (every edge says the same). */
  public static final String METADATA_SKIPPED = "skipped: corpus documentation or metadata (README, licence, JSON, TSV, "
      + "CSV, YAML), not an article; name the file on its own to read it";

  public static boolean isCorpusDocumentation(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    return n.startsWith("readme") || n.startsWith("license") || n.startsWith("licence") || n.startsWith("copying")
        || n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".md") || n.endsWith(".tsv")
        || n.endsWith(".csv") || n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** {@code base}, or {@code base-N} when this listing gave it out already. */
  public String unique(String base) {
    int n = counts.merge(base, 1, Integer::sum);
    if (n == 1) {
      return base;
    }
    String candidate = base + "-" + n;
    while (counts.containsKey(candidate)) {
      n++;
      candidate = base + "-" + n;
    }
    counts.put(candidate, 1);
    return candidate;
  }
}
