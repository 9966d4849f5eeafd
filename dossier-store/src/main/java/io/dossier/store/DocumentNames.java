package io.dossier.store;

import io.dossier.ingest.DocumentIds;

/**
 * Upload names and the document ids made from them. A name is a bare file name: anything that
 * could address another place on disk ({@code ../x}, {@code a/b}, {@code C:\x}, a NUL) is refused,
 * even though the store never writes under the given name's directories. Stateless.
 */
public final class DocumentNames {
  /** Bytes in a file name: the limit of ext4, XFS, APFS and NTFS (in their own units). */
  static final int MAX_NAME = 255;

  private DocumentNames() {
  }

  /**
   * Checks an upload's file name.
   *
   * @throws IllegalArgumentException saying what is wrong, when the name is empty, too long, has
   *     a path separator, a control character, or is {@code .} or starts with {@code ..}
   */
  public static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the file name is missing: send ?name=FILE (for example ?name=article.html)");
    }
    int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > MAX_NAME) {
      // file systems count a name's bytes, not its characters: 100 'é' are 200 bytes
      throw new IllegalArgumentException("the file name is " + bytes + " bytes long in UTF-8; at most " + MAX_NAME
          + " are allowed");
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.startsWith("..") || name.equals(".")
        || name.indexOf(':') >= 0) {
      throw new IllegalArgumentException("the file name must be a bare name without directories or '..' (got "
          + printable(name) + ")");
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        throw new IllegalArgumentException("the file name holds a control character");
      }
    }
    return name;
  }

  /** The file name without its extensions, in {@code [A-Za-z0-9_-]}: {@code a.html.gz} gives {@code a}. */
  static String idFromName(String name, String fallback) {
    String n = DocumentIds.fromName(name, fallback);
    return n.length() > 100 ? n.substring(0, 100) : n;
  }

  private static String printable(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
