package io.dossier.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A quote located in a document, with its speaker when known and the cue verb. {@code kind}
 * says whether the words are the speaker's own, between quotation marks ({@link Kind#DIRECT}),
 * or reported speech ("X said that ...", "..., according to X": {@link Kind#INDIRECT}).
 */
public record Quote(String speaker, String text, String doc, int start, int end, String cue, Kind kind) {
  /** Direct words, or reported speech. Serialised as "direct" / "indirect". */
  public enum Kind {
    DIRECT, INDIRECT;

    @JsonValue
    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads "direct" / "indirect"; a brief written before kinds existed has none: direct. */
    @JsonCreator
    public static Kind of(String s) {
      return s != null && s.equalsIgnoreCase("indirect") ? INDIRECT : DIRECT;
    }
  }

  public Quote {
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad quote span " + doc + " " + start + "-" + end);
    }
    kind = kind == null ? Kind.DIRECT : kind;
  }

  /** A direct quote: words between quotation marks. */
  public Quote(String speaker, String text, String doc, int start, int end, String cue) {
    this(speaker, text, doc, start, end, cue, Kind.DIRECT);
  }

  public boolean direct() {
    return kind == Kind.DIRECT;
  }
}
