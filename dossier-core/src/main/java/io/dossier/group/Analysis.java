package io.dossier.group;

import io.dossier.model.Point;
import io.dossier.model.Span;
import java.util.List;

/** What the cross-document stages found: points, counterpoints and the summary. */
public record Analysis(List<Point> keyPoints, List<Point> counterPoints, List<Span> summary,
    int candidates, int embedded) {
  public Analysis {
    keyPoints = List.copyOf(keyPoints);
    counterPoints = List.copyOf(counterPoints);
    summary = List.copyOf(summary);
  }
}
