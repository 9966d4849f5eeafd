package io.dossier.render;

import io.dossier.model.Event;
import io.dossier.model.Point;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The brief's pictures as inline SVG (no script, no outside resource, legible in print: shapes,
 * not only colours, carry the meaning): which sources make which point, and when things
 * happened. Every text is escaped. Stateless.
 */
final class Pictures {
  /** Columns past this are sources making one point each; the matrix would be a barcode. */
  static final int MAX_SOURCES = 30;
  static final int CELL = 22;
  static final int LABEL_WIDTH = 330;
  static final int HEAD = 130;
  /** The share of events the strip keeps in view when a few lie far away. */
  static final double DENSE_SHARE = 0.75;

  private Pictures() {
  }

  /**
   * The coverage matrix: a row per key point and counterpoint, a column per source, a filled
   * circle where the source makes the point (a filled square for a counterpoint), a hollow ring
   * where it does not. Sources that make more points come first. Empty when there is no point.
   */
  static String coverage(List<Point> keyPoints, List<Point> counterPoints, Function<String, String> sourceName) {
    List<Point> rows = new ArrayList<>(keyPoints);
    rows.addAll(counterPoints);
    if (rows.isEmpty()) {
      return "";
    }
    Map<String, Integer> made = new LinkedHashMap<>();
    for (Point p : rows) {
      for (String s : p.sources()) {
        made.merge(s, 1, Integer::sum);
      }
    }
    List<String> cols = new ArrayList<>(made.keySet());
    cols.sort((a, b) -> Integer.compare(made.get(b), made.get(a))); // stable: first cited first among equals
    int shown = Math.min(cols.size(), MAX_SOURCES);
    // room on the right for the last columns' slanted names
    int width = LABEL_WIDTH + shown * CELL + HEAD;
    int height = HEAD + rows.size() * CELL + 10;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"pic coverage\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\"><title>Which sources make which point: ").append(rows.size()).append(" points, ")
        .append(cols.size()).append(" sources</title>");
    for (int c = 0; c < shown; c++) {
      int x = LABEL_WIDTH + c * CELL + CELL / 2;
      s.append("<text x=\"").append(x).append("\" y=\"").append(HEAD - 6).append("\" transform=\"rotate(-55 ")
          .append(x).append(' ').append(HEAD - 6).append(")\" font-size=\"11\">")
          .append(Escape.html(Texts.shorten(sourceName.apply(cols.get(c)), 26))).append("</text>");
    }
    for (int r = 0; r < rows.size(); r++) {
      Point p = rows.get(r);
      boolean counter = r >= keyPoints.size();
      int y = HEAD + r * CELL + CELL / 2;
      if (r % 2 == 0) {
        s.append("<rect x=\"0\" y=\"").append(y - CELL / 2).append("\" width=\"").append(width).append("\" height=\"")
            .append(CELL).append("\" fill=\"#f3f5f7\"/>");
      }
      String label = (counter ? "C" + (r - keyPoints.size() + 1) : String.valueOf(r + 1)) + ". " + p.label();
      s.append("<text x=\"4\" y=\"").append(y + 4).append("\" font-size=\"12\">")
          .append(Escape.html(Texts.shorten(label, 46))).append("<title>").append(Escape.html(p.label()))
          .append("</title></text>");
      java.util.Set<String> srcs = new java.util.HashSet<>(p.sources());
      for (int c = 0; c < shown; c++) {
        int x = LABEL_WIDTH + c * CELL + CELL / 2;
        boolean makes = srcs.contains(cols.get(c));
        if (!makes) {
          s.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"none\" ")
              .append("stroke=\"#bbb\"/>");
        } else if (counter) {
          s.append("<rect x=\"").append(x - 6).append("\" y=\"").append(y - 6).append("\" width=\"12\" height=\"12\" ")
              .append("fill=\"#c0632a\"><title>").append(Escape.html(sourceName.apply(cols.get(c))))
              .append(" makes this counterpoint</title></rect>");
        } else {
          s.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"7\" fill=\"#1f5f8b\"><title>")
              .append(Escape.html(sourceName.apply(cols.get(c)))).append(" makes this point</title></circle>");
        }
      }
    }
    s.append("</svg>");
    if (cols.size() > shown) {
      s.append("<p class=\"meta\">").append(cols.size() - shown).append(" more sources, each making fewer points, "
          + "are left out of the picture (every source is in brief.json).</p>");
    }
    return s.toString();
  }

  /** Actors named in each stance column before "+N more": a readable column on a page. */
  static final int ACTORS_PER_STANCE = 12;

  /**
   * Who stands where: a column per stance on the question (supports, opposes, mixed,
   * unclear), each actor's name in it with the number of sentences that show the stance. The
   * brief lists actors by prominence, so the first names are the main ones. Empty without actors.
   */
  static String actors(List<io.dossier.model.Actor> actors) {
    if (actors.isEmpty()) {
      return "";
    }
    io.dossier.model.Stance[] order = {io.dossier.model.Stance.SUPPORTS, io.dossier.model.Stance.OPPOSES,
        io.dossier.model.Stance.MIXED, io.dossier.model.Stance.UNCLEAR};
    String[] heads = {"supports", "opposes", "mixed", "unclear"};
    String[] colours = {"#1f5f8b", "#c0632a", "#7a5ea8", "#888888"};
    Map<io.dossier.model.Stance, List<io.dossier.model.Actor>> by = new LinkedHashMap<>();
    for (io.dossier.model.Stance st : order) {
      by.put(st, new ArrayList<>());
    }
    for (io.dossier.model.Actor a : actors) {
      by.get(a.stance() == null ? io.dossier.model.Stance.UNCLEAR : a.stance()).add(a);
    }
    int rows = 0;
    for (List<io.dossier.model.Actor> l : by.values()) {
      rows = Math.max(rows, Math.min(l.size(), ACTORS_PER_STANCE) + (l.size() > ACTORS_PER_STANCE ? 1 : 0));
    }
    int colWidth = 190;
    int width = colWidth * order.length;
    int height = 34 + rows * 18 + 6;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"pic actors\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\"><title>Where the actors stand on the question</title>");
    for (int c = 0; c < order.length; c++) {
      int x = c * colWidth + 6;
      List<io.dossier.model.Actor> l = by.get(order[c]);
      s.append("<rect x=\"").append(x - 4).append("\" y=\"4\" width=\"").append(colWidth - 8)
          .append("\" height=\"22\" fill=\"").append(colours[c]).append("\"/><text x=\"").append(x + 2)
          .append("\" y=\"20\" font-size=\"13\" fill=\"#fff\" font-weight=\"bold\">").append(heads[c]).append(" (")
          .append(l.size()).append(")</text>");
      for (int r = 0; r < Math.min(l.size(), ACTORS_PER_STANCE); r++) {
        io.dossier.model.Actor a = l.get(r);
        s.append("<text x=\"").append(x + 2).append("\" y=\"").append(44 + r * 18).append("\" font-size=\"12\">")
            .append(Escape.html(Texts.shorten(a.name(), 24))).append(" <tspan fill=\"#777\">").append(a.evidence().size())
            .append("</tspan><title>").append(Escape.html(a.name())).append(": ").append(a.evidence().size())
            .append(a.evidence().size() == 1 ? " sentence" : " sentences").append("</title></text>");
      }
      if (l.size() > ACTORS_PER_STANCE) {
        s.append("<text x=\"").append(x + 2).append("\" y=\"").append(44 + ACTORS_PER_STANCE * 18)
            .append("\" font-size=\"12\" fill=\"#777\">+").append(l.size() - ACTORS_PER_STANCE).append(" more</text>");
      }
    }
    s.append("</svg>");
    return s.toString();
  }

  /** A date of the timeline ({@code 2014}, {@code 2014-03}, {@code 2014-03-05}) as the first day it names. */
  static LocalDate day(String date) {
    String[] p = date.split("-");
    return LocalDate.of(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 1,
        p.length > 2 ? Integer.parseInt(p[2]) : 1);
  }

  /**
   * The timeline strip: events counted per day (per month over a year or more, per year over
   * ten), as bars on an axis from the first to the last date, labelled at both ends and at the
   * turn of each year or month. Empty when there are no events.
   */
  static String timeline(List<Event> events) {
    if (events.isEmpty()) {
      return "";
    }
    List<LocalDate> days = new ArrayList<>();
    for (Event e : events) {
      days.add(day(e.date()));
    }
    days.sort(null);
    LocalDate first = days.get(0);
    LocalDate last = days.get(days.size() - 1);
    // Dates far from the pile's own time (a 1918 pandemic recalled in 2009) would squeeze it
    // into one bar: when the whole span is over three times that of the shortest stretch
    // holding three quarters of the events, the strip shows that stretch and says how many
    // events fall outside.
    int k = Math.max(1, (int) Math.ceil(DENSE_SHARE * days.size()));
    int best = 0;
    for (int i = 0; i + k - 1 < days.size(); i++) {
      if (ChronoUnit.DAYS.between(days.get(i), days.get(i + k - 1))
          < ChronoUnit.DAYS.between(days.get(best), days.get(best + k - 1))) {
        best = i;
      }
    }
    // then grown over the events that continue it without a gap over a quarter of its length (or a month)
    long reach = Math.max(31, ChronoUnit.DAYS.between(days.get(best), days.get(best + k - 1)) / 4);
    int a = best;
    while (a > 0 && ChronoUnit.DAYS.between(days.get(a - 1), days.get(a)) <= reach) {
      a--;
    }
    int z = best + k - 1;
    while (z + 1 < days.size() && ChronoUnit.DAYS.between(days.get(z), days.get(z + 1)) <= reach) {
      z++;
    }
    LocalDate lo = days.get(a);
    LocalDate hi = days.get(z);
    int outside = 0;
    if (ChronoUnit.DAYS.between(first, last) > 3 * Math.max(30, ChronoUnit.DAYS.between(lo, hi))) {
      first = lo;
      last = hi;
      for (LocalDate d : days) {
        outside += d.isBefore(lo) || d.isAfter(hi) ? 1 : 0;
      }
    }
    long span = ChronoUnit.DAYS.between(first, last);
    ChronoUnit unit = span > 3650 ? ChronoUnit.YEARS : span > 365 ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
    TreeMap<LocalDate, Integer> counts = new TreeMap<>();
    for (LocalDate d : days) {
      if (!d.isBefore(first) && !d.isAfter(last)) {
        counts.merge(bucket(d, unit), 1, Integer::sum);
      }
    }
    LocalDate from = bucket(first, unit);
    LocalDate to = bucket(last, unit);
    long slots = unit.between(from, to) + 1;
    int width = 760;
    int height = 90;
    int left = 10;
    int axis = 60;
    double slot = (width - 2.0 * left) / slots;
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"pic timeline\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\"><title>").append(events.size() - outside).append(" dated events from ").append(first).append(" to ")
        .append(last).append(", counted per ").append(unit.toString().toLowerCase(Locale.ROOT).replaceAll("s$", ""))
        .append("</title>");
    s.append("<line x1=\"").append(left).append("\" y1=\"").append(axis).append("\" x2=\"").append(width - left)
        .append("\" y2=\"").append(axis).append("\" stroke=\"#555\"/>");
    for (Map.Entry<LocalDate, Integer> c : counts.entrySet()) {
      double x = left + unit.between(from, c.getKey()) * slot;
      double h = Math.max(3, 48.0 * c.getValue() / max);
      s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(axis - h)).append("\" width=\"")
          .append(fmt(Math.max(2, slot - 1))).append("\" height=\"").append(fmt(h)).append("\" fill=\"#1f5f8b\"><title>")
          .append(label(c.getKey(), unit)).append(": ").append(c.getValue()).append(c.getValue() == 1 ? " event" : " events")
          .append("</title></rect>");
    }
    // labels: both ends, and each turn of a year (or month, over a short span) that has room
    List<LocalDate> marks = new ArrayList<>();
    marks.add(from);
    LocalDate m = unit == ChronoUnit.DAYS && span <= 62 ? from.plusDays(7) : from.withDayOfMonth(1).plusMonths(1);
    ChronoUnit step = span > 730 ? ChronoUnit.YEARS : span > 62 ? ChronoUnit.MONTHS : ChronoUnit.WEEKS;
    if (step == ChronoUnit.YEARS) {
      m = from.withDayOfYear(1).plusYears(1);
    }
    for (; !m.isAfter(to); m = m.plus(1, step)) {
      marks.add(m);
    }
    double lastX = -1000;
    for (LocalDate d : marks) {
      double x = left + unit.between(from, bucket(d, unit)) * slot;
      // a YYYY-MM-DD label at 11 px is about 62 px wide: 70 keeps a gap, also before the end label
      if (x - lastX < 70 || x + 70 > width - left - 70) {
        continue;
      }
      lastX = x;
      s.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(axis).append("\" x2=\"").append(fmt(x))
          .append("\" y2=\"").append(axis + 5).append("\" stroke=\"#555\"/><text x=\"").append(fmt(x)).append("\" y=\"")
          .append(axis + 18).append("\" font-size=\"11\">").append(label(d, step == ChronoUnit.YEARS ? ChronoUnit.YEARS
              : unit == ChronoUnit.DAYS ? ChronoUnit.DAYS : ChronoUnit.MONTHS)).append("</text>");
    }
    s.append("<text x=\"").append(width - left).append("\" y=\"").append(axis + 18)
        .append("\" font-size=\"11\" text-anchor=\"end\">").append(label(to, unit)).append("</text>");
    s.append("</svg>");
    if (outside > 0) {
      s.append("<p class=\"meta\">The strip shows ").append(first).append(" to ").append(last).append("; ")
          .append(outside).append(outside == 1 ? " event falls" : " events fall")
          .append(" outside it (they are in the table).</p>");
    }
    return s.toString();
  }

  private static LocalDate bucket(LocalDate d, ChronoUnit unit) {
    return switch (unit) {
      case YEARS -> d.withDayOfYear(1);
      case MONTHS -> d.withDayOfMonth(1);
      default -> d;
    };
  }

  private static String label(LocalDate d, ChronoUnit unit) {
    return switch (unit) {
      case YEARS -> String.valueOf(d.getYear());
      case MONTHS -> d.toString().substring(0, 7);
      default -> d.toString();
    };
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
