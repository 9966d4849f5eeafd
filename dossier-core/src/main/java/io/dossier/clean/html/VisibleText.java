package io.dossier.clean.html;

import java.util.List;
import org.jsoup.Jsoup;

/**
 * The text a browser shows for a page, as its {@code innerText} lays it out: one block a
 * line, with a blank line around paragraphs ({@code <p>}, which have margins). This is what
 * "select all, copy" gives, and what text dumps of pages look like. Used to make text dumps
 * from HTML pages for the benchmark. Stateless and thread-safe.
 */
public final class VisibleText {
  private VisibleText() {
  }

  public static String of(String html) {
    List<Block> blocks = BlockWalker.walk(Jsoup.parse(html)).blocks();
    StringBuilder sb = new StringBuilder();
    Block prev = null;
    for (Block b : blocks) {
      if (prev != null) {
        boolean para = prev.tag().equals("p") || b.tag().equals("p");
        sb.append(para ? "\n\n" : "\n");
      }
      sb.append(b.text);
      prev = b;
    }
    return sb.toString();
  }
}
