package io.dossier.render;

/**
 * The fragment ids that link evidence to its place in a source. Document ids are encoded
 * one-to-one (letters, digits and '-' kept; anything else, '_' included, as '_' and four hex
 * digits), so distinct ids, even ones differing only in case, never share an anchor.
 */
final class Anchors {
  private Anchors() {
  }

  static String doc(String docId) {
    return "doc-" + encode(docId);
  }

  static String span(String docId, int start, int end) {
    return "s-" + encode(docId) + "-" + start + "-" + end;
  }

  static String encode(String id) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        sb.append(c);
      } else {
        sb.append('_').append(String.format("%04x", (int) c));
      }
    }
    return sb.toString();
  }
}
