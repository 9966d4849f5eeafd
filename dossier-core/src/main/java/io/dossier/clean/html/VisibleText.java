package io.dossier.clean.html;

import org.jsoup.Jsoup;

/**
 * The text a browser shows for a page, one block per line (as "select all, copy" or a
 * text-mode browser's dump gives it). Used to make text dumps from HTML pages for the
 * benchmark. Stateless and thread-safe.
 */
public final class VisibleText {
  private VisibleText() {
  }

  public static String of(String html) {
    return BlockWalker.walk(Jsoup.parse(html)).text().replace("\n\n", "\n");
  }
}
