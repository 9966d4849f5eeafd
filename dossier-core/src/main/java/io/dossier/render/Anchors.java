package io.dossier.render;

import java.util.Locale;

/** The fragment ids that link evidence to its place in a source. */
final class Anchors {
  private Anchors() {
  }

  static String doc(String docId) {
    return "doc-" + safe(docId);
  }

  static String span(String docId, int start, int end) {
    return "s-" + safe(docId) + "-" + start + "-" + end;
  }

  private static String safe(String id) {
    StringBuilder sb = new StringBuilder();
    for (char c : id.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
