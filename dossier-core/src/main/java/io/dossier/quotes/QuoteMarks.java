package io.dossier.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a paragraph in any common style: curly “…”, straight "…", single
 * ‘…’ and '…', guillemets «…», low-high „…“ and PTB {@code `` … ''}. Rules:
 *
 * <ul>
 *   <li>an ambiguous mark (" ' ‘) opens when it follows white space, the paragraph start or
 *       an opening bracket or dash and a non-space follows; it closes otherwise;</li>
 *   <li>a double quotation left open at the paragraph's end runs to that end (news style for
 *       a quote that carries on in the next paragraph, or a lost closing mark);</li>
 *   <li>single quotation marks inside a double quotation are nested quotes and ignored; a
 *       single quotation left open is dropped, because ’ is also the apostrophe;</li>
 *   <li>a second opening “ while one is open ends the first where the second begins (a lost
 *       closing mark mid-paragraph).</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class QuoteMarks {
  private QuoteMarks() {
  }

  /**
   * Quotations in {@code text[from, to)}, in order.
   *
   * @param afterOpen true when the previous paragraph ended inside an open quotation
   */
  public static List<Quotation> find(String text, int from, int to, boolean afterOpen) {
    List<Quotation> out = new ArrayList<>();
    int open = -1;
    int openLen = 0;
    char style = 0; // 'd' double, 's' single
    String closers = "";
    boolean continued = false;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int len = 1;
      boolean ptbOpen = c == '`' && i + 1 < to && text.charAt(i + 1) == '`';
      boolean ptbClose = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
      if (ptbOpen || ptbClose) {
        len = 2;
      }
      if (open < 0) {
        String cl = null;
        char st = 'd';
        if (ptbOpen) {
          cl = "''";
        } else if (c == '\u201C' || c == '\u201F') {
          cl = "\u201D\u201C\"";
        } else if (c == '\u201E') {
          cl = "\u201C\u201D";
        } else if (c == '\u00AB') {
          cl = "\u00BB";
        } else if (c == '\u2039') {
          cl = "\u203A";
          st = 's';
        } else if (c == '"' && opensHere(text, i, from, to)) {
          cl = "\"\u201D";
        } else if (c == '\u2018' && opensHere(text, i, from, to)) {
          cl = "\u2019";
          st = 's';
        } else if (c == '\'' && !ptbClose && opensHere(text, i, from, to)
            && (i + 1 < to && Character.isLetter(text.charAt(i + 1)))) {
          cl = "'";
          st = 's';
        }
        if (cl != null) {
          open = i;
          openLen = len;
          closers = cl;
          style = st;
          continued = afterOpen && out.isEmpty() && text.substring(from, i).isBlank();
        }
        i += len;
        continue;
      }
      // inside a quotation
      boolean closes;
      if (style == 'd' && c == '\u2019' && i + 1 < to && text.charAt(i + 1) == '\u2019') {
        len = 2; // a closing double quote typed as two apostrophes: ’’
        closes = true;
      } else if (closers.equals("''")) {
        closes = ptbClose;
      } else if (style == 's') {
        closes = closers.indexOf(c) >= 0 && closesHere(text, i, to) && i > open + openLen;
      } else if (c == '"') {
        closes = closers.indexOf(c) >= 0 && i > open + openLen;
      } else {
        closes = closers.indexOf(c) >= 0;
      }
      if (closes) {
        add(out, text, open, open + openLen, i, i + len, true, continued);
        open = -1;
        i += len;
        continue;
      }
      if (style == 'd' && c == '\u201C' && closers.indexOf('\u201C') < 0 && i > open + 1) {
        // a lost closing mark: a new quotation opens before the old one closed
        add(out, text, open, open + openLen, i, i, false, continued);
        open = i;
        openLen = 1;
        closers = "\u201D\u201C\"";
        continued = false;
        i++;
        continue;
      }
      if (style == 's' && i - open > 400) {
        // single marks that never close within a few sentences were apostrophes
        i = open + openLen;
        open = -1;
        continue;
      }
      i += len;
    }
    if (open >= 0 && style == 'd') {
      add(out, text, open, open + openLen, to, to, false, continued);
    }
    return out;
  }

  private static void add(List<Quotation> out, String text, int open, int s, int e, int close,
      boolean closed, boolean continued) {
    int start = s;
    int end = e;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    if (end <= start) {
      return;
    }
    out.add(new Quotation(open, start, end, Math.max(close, end), closed, continued));
  }

  private static boolean opensHere(String text, int i, int from, int to) {
    if (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    if (i == from) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || "([{—–-/:;".indexOf(p) >= 0;
  }

  private static boolean closesHere(String text, int i, int to) {
    if (Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    if (i + 1 >= to) {
      return true;
    }
    char n = text.charAt(i + 1);
    return !Character.isLetterOrDigit(n);
  }
}
