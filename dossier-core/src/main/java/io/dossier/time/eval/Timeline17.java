package io.dossier.time.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.text.SentenceSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Timeline17 as the news-tls copy lays it out: {@code <topic>/InputDocs/YYYY-MM-DD/<id>.htm.txt}
 * (filed under its publication day) and {@code <topic>/timelines.jsonl} (one reference timeline
 * per line, {@code [[date, [sentences]], ...]}). Each line of an article is a kept paragraph;
 * empty files are skipped.
 */
public final class Timeline17 {
  private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

  private Timeline17() {
  }

  /**
   * One topic folder: its articles and reference timelines (each the set of its day dates).
   * {@code group} is the story ("bpoil" for bpoil_bbc and bpoil_reuters): folders of one group
   * share events, so a held-out test leaves the whole group out.
   */
  public record Topic(String name, String group, List<Passages> docs, List<Set<String>> timelines, String sha256) {
    public Topic {
      docs = List.copyOf(docs);
      timelines = List.copyOf(timelines);
    }
  }

  /** True when {@code root} holds at least one topic folder with reference timelines. */
  public static boolean present(Path root) {
    if (!Files.isDirectory(root)) {
      return false;
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.anyMatch(t -> Files.isRegularFile(t.resolve("timelines.jsonl")));
    } catch (IOException e) {
      return false;
    }
  }

  /** Every topic folder under {@code root} that has reference timelines, by name. */
  public static List<Topic> load(Path root) throws IOException {
    List<Topic> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      for (Path t : s.filter(p -> Files.isRegularFile(p.resolve("timelines.jsonl"))).sorted().toList()) {
        out.add(topic(t));
      }
    }
    return out;
  }

  static Topic topic(Path dir) throws IOException {
    MessageDigest sha = sha256();
    String name = dir.getFileName().toString();
    List<Passages> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir.resolve("InputDocs"))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      LocalDate day;
      try {
        day = LocalDate.parse(f.getParent().getFileName().toString());
      } catch (DateTimeParseException e) {
        continue; // not filed under a publication day
      }
      byte[] bytes = Files.readAllBytes(f);
      sha.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
      sha.update(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (!text.isBlank()) {
        String id = day + "/" + f.getFileName();
        docs.add(SEGMENTER.split(Page.ofLines(id, text, day)));
      }
    }
    byte[] tl = Files.readAllBytes(dir.resolve("timelines.jsonl"));
    sha.update(tl);
    List<Set<String>> timelines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : new String(tl, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Set<String> dates = new TreeSet<>();
      for (JsonNode entry : json.readTree(line)) {
        dates.add(entry.get(0).asText().substring(0, 10));
      }
      timelines.add(dates);
    }
    String group = name.contains("_") ? name.substring(0, name.indexOf('_')) : name;
    return new Topic(name, group, docs, timelines, HexFormat.of().formatHex(sha.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }
}
