package io.dossier.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One input document after reading and cleaning: the {@code text} that every span indexes,
 * the parts kept as the article, the parts removed with their reasons, and flags. A page
 * that could not be read has an {@code error}, an empty text and nothing kept.
 *
 * <p>This is also the {@code Document} entry of the published brief.
 */
@JsonPropertyOrder({"id", "source", "title", "published", "sha256", "text", "kept", "removed", "flags", "error"})
public record Page(
    String id,
    String source,
    String title,
    LocalDate published,
    String sha256,
    String text,
    List<CharSpan> kept,
    List<Removal> removed,
    List<String> flags,
    String error) {

  public Page {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    kept = List.copyOf(kept);
    removed = List.copyOf(removed);
    flags = List.copyOf(flags);
    int last = 0;
    for (CharSpan k : kept) {
      if (k.start() < last || k.end() > text.length()) {
        throw new IllegalArgumentException(id + ": kept spans must be sorted, disjoint and inside the text");
      }
      last = k.end();
    }
    for (Removal r : removed) {
      if (r.end() > text.length()) {
        throw new IllegalArgumentException(id + ": removal outside the text");
      }
    }
  }

  /**
   * A page of plain text whose every non-blank line is a kept paragraph (its surrounding
   * whitespace left out): a corpus that comes already extracted, one paragraph per line.
   */
  public static Page ofLines(String id, String text, LocalDate published) {
    List<CharSpan> kept = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
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
        kept.add(new CharSpan(s, t));
      }
      i = e + 1;
    }
    return new Page(id, id, null, published, "", text, kept, List.of(), List.of(), null);
  }

  /** A page that could not be read: no text, the reason in {@code error}. */
  public static Page failed(String id, String source, String sha256, String error) {
    return new Page(id, source, null, null, sha256, "", List.of(), List.of(), List.of(), error);
  }

  @JsonIgnore
  public boolean readable() {
    return error == null;
  }

  public Page withFlag(String flag) {
    if (flags.contains(flag)) {
      return this;
    }
    List<String> f = new ArrayList<>(flags);
    f.add(flag);
    return new Page(id, source, title, published, sha256, text, kept, removed, f, error);
  }

  public Page withError(String why) {
    return new Page(id, source, title, published, sha256, text, List.of(), removed, flags, why);
  }

  /** True when {@code [start, end)} lies inside one kept span. */
  public boolean isKept(int start, int end) {
    for (CharSpan k : kept) {
      if (k.start() <= start && end <= k.end()) {
        return true;
      }
    }
    return false;
  }
}
