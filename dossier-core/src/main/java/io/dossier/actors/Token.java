package io.dossier.actors;

/**
 * One token of a paragraph: a word (letters, digits, inner apostrophes, hyphens and dots of
 * abbreviations), a punctuation mark, or a whole masked quotation ({@link Kind#QUOTE}).
 * {@code [start, end)} indexes the page's text.
 */
public record Token(int start, int end, String text, Kind kind, int quote) {
  public enum Kind { WORD, PUNCT, QUOTE }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean is(String s) {
    return kind != Kind.QUOTE && text.equalsIgnoreCase(s);
  }

  public boolean capitalized() {
    return kind == Kind.WORD && !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
