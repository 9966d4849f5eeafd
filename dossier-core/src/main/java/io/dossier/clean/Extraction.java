package io.dossier.clean;

import io.dossier.model.CharSpan;
import io.dossier.model.Removal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an extractor found in one page: the text every span indexes, the title and
 * publication date when known, the kept article blocks (sorted, disjoint), the removed
 * blocks with reasons, and flags (for example {@code machine-translated}).
 */
public record Extraction(
    String text,
    String title,
    LocalDate published,
    List<CharSpan> kept,
    List<Removal> removed,
    List<String> flags) {
  public Extraction {
    Objects.requireNonNull(text, "text");
    kept = List.copyOf(kept);
    removed = List.copyOf(removed);
    flags = List.copyOf(flags);
  }
}
