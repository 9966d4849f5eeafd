package io.dossier.ingest;

/** What a document's bytes are, as far as reading goes. */
public enum ContentKind {
  /** A plain-text page dump: the text a browser shows, menus and all. */
  TEXT,
  /** An HTML page. */
  HTML,
  /** A WARC archive of one or more HTTP responses. */
  WARC
}
