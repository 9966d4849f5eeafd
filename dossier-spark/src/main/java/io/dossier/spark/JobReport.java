package io.dossier.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * What an analyse job did: counts, timings, and every document that could not be used, with
 * its source, the file and byte offset of its WARC record where it came from one, a category
 * and the reason. {@code bad} counts malformed or truncated WARC records, files or records
 * over the size limit, binary or undecodable content, broken gzip and unreadable files;
 * {@code errors} adds pages with no article text and skipped metadata files. Documents that
 * decoded with replacement characters are listed as warnings; {@code embeddingFailures}
 * counts sentence texts the model failed on (written without a vector). Timings: {@code listSeconds}
 * (driver listing), {@code lineStatsSeconds} (pass 1), {@code analyseSeconds} (pass 2 with
 * both Parquet writes; {@code sentencesWriteSeconds} of it the second write, from the cache),
 * {@code reportSeconds} (the queries for this report); {@code documentsPerSecond} is
 * documents over pass 1 + pass 2. At most {@link #LISTED}
 * documents are listed per list (the counts are exact). Immutable.
 */
public record JobReport(String master, List<String> inputs, String output, int files, int partitions,
    long documents, long readable, long errors, long bad, Map<String, Long> byCategory, long sentences,
    long embedded, String model, String embed, int repeatedLines, long embeddingFailures, double listSeconds,
    double lineStatsSeconds,
    double analyseSeconds, double sentencesWriteSeconds, double reportSeconds, double documentsPerSecond,
    List<Problem> problems, List<Problem> warnings) {
  public static final int LISTED = 10_000;
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  public JobReport {
    inputs = List.copyOf(inputs);
    byCategory = java.util.Collections.unmodifiableMap(new TreeMap<>(byCategory));
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** A document that could not be used, or was used with a warning. */
  public record Problem(String id, String source, String file, Long offset, String category, String reason) {
  }

  static JobReport of(AnalyseSettings s, String master, int files, int partitions, long documents,
      Map<String, Long> byCategory, List<Row> errorRows, List<Row> warningRows, long sentences, long embedded,
      String model, int repeatedLines, long embeddingFailures, double list, double stats, double analyse,
      double sentencesWrite,
      double reportSecs) {
    long errors = 0;
    long bad = 0;
    for (Map.Entry<String, Long> e : byCategory.entrySet()) {
      errors += e.getValue();
      if (!e.getKey().equals("no-article-text") && !e.getKey().equals("skipped")) {
        bad += e.getValue();
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (Row r : errorRows) {
      String error = r.getAs("error");
      problems.add(problem(r, category(error), error));
    }
    List<Problem> warnings = new ArrayList<>();
    for (Row r : warningRows) {
      warnings.add(problem(r, "decode-errors", "decoded with replacement characters (undecodable bytes)"));
    }
    double rate = stats + analyse > 0 ? documents / (stats + analyse) : 0;
    return new JobReport(master, s.inputs(), s.out(), files, partitions, documents, documents - errors, errors,
        bad, new TreeMap<>(byCategory), sentences, embedded, model, s.embed().name().toLowerCase(Locale.ROOT),
        repeatedLines, embeddingFailures, list, stats, analyse, sentencesWrite, reportSecs, rate, problems, warnings);
  }

  private static Problem problem(Row r, String category, String reason) {
    String source = r.getAs("source");
    Long offset = r.getAs("warcOffset");
    String file = offset == null ? source : source.substring(0, source.lastIndexOf('#'));
    return new Problem(r.getAs("id"), source, file, offset, category, reason);
  }

  /** A short name for the kind of failure, from the core's error message. */
  static String category(String error) {
    String e = error.toLowerCase(Locale.ROOT);
    if (e.contains("limit for one document") || e.contains(" mb limit")) {
      return "too-large";
    }
    if (e.startsWith("binary file") || e.contains("not text")) {
      return "binary-or-undecodable";
    }
    if (e.contains("warc")) {
      return "malformed-warc";
    }
    if (e.startsWith("empty file")) {
      return "empty";
    }
    if (e.startsWith("broken gzip")) {
      return "broken-gzip";
    }
    if (e.startsWith("no article text")) {
      return "no-article-text";
    }
    if (e.startsWith("skipped")) {
      return "skipped";
    }
    return "unreadable";
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-line summary for the terminal. */
  public String summary() {
    return String.format(Locale.ROOT, "%d files, %d documents (%d readable, %d bad records, %d other errors), "
        + "%d sentences (%d embedded) in %.1f s: %.1f documents/s",
        files, documents, readable, bad, errors - bad, sentences, embedded, lineStatsSeconds + analyseSeconds,
        documentsPerSecond);
  }
}
