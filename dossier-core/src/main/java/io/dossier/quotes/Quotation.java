package io.dossier.quotes;

/**
 * A stretch of text between quotation marks, before attribution. {@code open} is the
 * opening mark, {@code [start, end)} the quoted words (marks and edge white space excluded),
 * {@code close} the index just after the closing mark ({@code == end} when the quote runs to
 * the end of its paragraph unclosed). {@code continued} is true when the paragraph before
 * ended inside an unclosed quotation, so this one carries on the same speech.
 */
public record Quotation(int open, int start, int end, int close, boolean closed, boolean continued) {
  public Quotation {
    if (open > start || start > end || end > close) {
      throw new IllegalArgumentException("bad quotation " + open + " " + start + " " + end + " " + close);
    }
  }
}
