package io.dossier.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date known to the year, the month or the day: {@code month} and {@code day}
 * are 0 when unknown. Prints as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  public PartialDate {
    if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31
        || (day > 0 && month == 0)) {
      throw new IllegalArgumentException("bad date " + year + "-" + month + "-" + day);
    }
    if (day > 0 && day > YearMonth.of(year, month).lengthOfMonth()) {
      throw new IllegalArgumentException("no such day " + year + "-" + month + "-" + day);
    }
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  public static PartialDate year(int y) {
    return new PartialDate(y, 0, 0);
  }

  public static PartialDate month(int y, int m) {
    return new PartialDate(y, m, 0);
  }

  /** A date or null when the parts do not make one (30 February). */
  public static PartialDate tryOf(int year, int month, int day) {
    try {
      return new PartialDate(year, month, day);
    } catch (RuntimeException e) {
      return null;
    }
  }

  public boolean hasMonth() {
    return month > 0;
  }

  public boolean hasDay() {
    return day > 0;
  }

  /** The first day this date covers. */
  public LocalDate first() {
    return LocalDate.of(year, Math.max(1, month), Math.max(1, day));
  }

  /** This date moved by whole months, keeping its precision (a year-only date moves by years). */
  public PartialDate plusMonths(int n) {
    if (!hasMonth()) {
      return year(year + Math.floorDiv(n, 12));
    }
    YearMonth ym = YearMonth.of(year, month).plusMonths(n);
    if (!hasDay()) {
      return month(ym.getYear(), ym.getMonthValue());
    }
    LocalDate d = first().plusMonths(n);
    return of(d);
  }

  @Override
  public String toString() {
    if (!hasMonth()) {
      return String.format("%04d", year);
    }
    if (!hasDay()) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  @Override
  public int compareTo(PartialDate o) {
    return toString().compareTo(o.toString());
  }
}
