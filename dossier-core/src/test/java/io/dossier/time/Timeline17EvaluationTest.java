package io.dossier.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.model.Event;
import io.dossier.model.Passages;
import io.dossier.testing.Docs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Date F1 of the timeline against the outlets' own reference timelines of Timeline17 (the
 * task of Gholipour Ghalandari and Ifrim, ACL 2020: for each reference timeline, take the
 * articles published within its span, pick as many dates as it has, and score the set of
 * dates). Dates are ranked by the number of independent sources reporting an event on them.
 * The published anchor for the best 2020 method is 0.544.
 */
class Timeline17EvaluationTest {

  @Test
  void dateF1OnTimeline17() throws IOException {
    Path root = Docs.shared().resolve("corpus/timeline17");
    assumeTrue(Files.isDirectory(root), "no Timeline17 copy in ../shared: skipping");
    TimelineBuilder builder = new TimelineBuilder();
    List<Double> f1s = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    StringBuilder report = new StringBuilder();
    long t0 = System.nanoTime();
    int docsRead = 0;
    try (Stream<Path> topics = Files.list(root)) {
      for (Path topic : topics.filter(Files::isDirectory).sorted().toList()) {
        Path tl = topic.resolve("timelines.jsonl");
        if (!Files.exists(tl)) {
          continue;
        }
        Map<LocalDate, List<Path>> byDay = articles(topic.resolve("InputDocs"));
        int n = 0;
        for (String line : Files.readAllLines(tl, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode timeline = json.readTree(line);
          Set<String> ref = new HashSet<>();
          for (JsonNode entry : timeline) {
            ref.add(entry.get(0).asText().substring(0, 10));
          }
          String start = ref.stream().min(String::compareTo).orElseThrow();
          String end = ref.stream().max(String::compareTo).orElseThrow();
          List<Passages> docs = new ArrayList<>();
          for (Map.Entry<LocalDate, List<Path>> d : byDay.entrySet()) {
            String day = d.getKey().toString();
            if (day.compareTo(start) >= 0 && day.compareTo(end) <= 0) {
              for (Path f : d.getValue()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (!text.isBlank()) {
                  docs.add(Docs.plain(f.getFileName().toString(), text, d.getKey()));
                }
              }
            }
          }
          docsRead += docs.size();
          Map<String, Integer> score = new HashMap<>();
          for (Event e : builder.build(docs)) {
            if (e.date().length() == 10 && e.date().compareTo(start) >= 0 && e.date().compareTo(end) <= 0) {
              score.merge(e.date(), e.sources().size(), Integer::sum);
            }
          }
          List<String> picked = score.entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
              .limit(ref.size()).map(Map.Entry::getKey).toList();
          long hit = picked.stream().filter(ref::contains).count();
          double p = picked.isEmpty() ? 0 : hit / (double) picked.size();
          double r = hit / (double) ref.size();
          double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
          f1s.add(f1);
          report.append(String.format(Locale.ROOT, "%s #%d: %d docs, %d ref dates, date F1 %.3f%n",
              topic.getFileName(), n++, docs.size(), ref.size(), f1));
        }
      }
    }
    double mean = f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    System.out.print(report);
    System.out.printf(Locale.ROOT, "Timeline17: %d timelines, mean date F1 %.3f (anchor 0.544), %d docs in %.1f s%n",
        f1s.size(), mean, docsRead, (System.nanoTime() - t0) / 1e9);
    assertThat(f1s).isNotEmpty();
    // measured 0.594 on the 12 folders of this copy (14 timelines)
    assertThat(mean).isGreaterThanOrEqualTo(0.57);
  }

  private static Map<LocalDate, List<Path>> articles(Path inputDocs) throws IOException {
    Map<LocalDate, List<Path>> out = new java.util.TreeMap<>();
    try (Stream<Path> days = Files.list(inputDocs)) {
      for (Path day : days.filter(Files::isDirectory).toList()) {
        LocalDate d;
        try {
          d = LocalDate.parse(day.getFileName().toString());
        } catch (RuntimeException e) {
          continue;
        }
        try (Stream<Path> files = Files.list(day)) {
          out.put(d, files.sorted().toList());
        }
      }
    }
    return out;
  }
}
