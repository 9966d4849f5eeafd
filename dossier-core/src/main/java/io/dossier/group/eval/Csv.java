package io.dossier.group.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows (commas, double-quoted fields with "" escapes and line breaks inside quotes),
 * read by jackson-dataformat-csv; blank lines are no rows. Stateless.
 */
final class Csv {
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  private Csv() {
  }

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema())
        .readValues(text)) {
      while (it.hasNextValue()) {
        List<String> row = it.nextValue();
        if (!(row.size() == 1 && row.get(0).isEmpty())) {
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("not readable as CSV: " + e.getMessage(), e);
    }
    return rows;
  }
}
