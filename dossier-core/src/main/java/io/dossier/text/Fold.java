package io.dossier.text;

import java.text.Normalizer;

/**
 * Unicode normalisation for matching that never moves offsets: each UTF-16 unit maps to
 * exactly one unit, so an index into the folded string is the same index into the original.
 * Curly quotes and apostrophes become straight ones, dashes a hyphen, exotic spaces a space,
 * and compatibility characters whose NFKC form is one character (full-width letters,
 * superscript digits) that character. Characters whose normal form is longer (ligatures)
 * stay as they are. Stateless.
 */
public final class Fold {
  private Fold() {
  }

  public static String fold(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? s : new String(out);
  }

  public static char fold(char c) {
    if (c < 0x80) {
      return c;
    }
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
        return '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return '-';
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u2004',
          '\u2005', '\u2006', '\u2008', '\u3000':
        return ' ';
      default:
        break;
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    return n.length() == 1 ? n.charAt(0) : c;
  }
}
