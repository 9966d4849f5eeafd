package io.dossier.model;

/** A half-open range {@code [start, end)} of UTF-16 code units in one document's text. */
@com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.ARRAY)
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"start", "end"})
public record CharSpan(int start, int end) implements Comparable<CharSpan> {
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + "-" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  public boolean encloses(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(CharSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
