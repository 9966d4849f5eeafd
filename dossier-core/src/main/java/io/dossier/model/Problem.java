package io.dossier.model;

import java.util.Objects;

/**
 * A stage that failed on one document ({@code doc}) or on the whole pile ({@code doc} null):
 * the brief goes on without that stage's findings there and says so here, instead of showing
 * a silently empty section.
 *
 * @param doc the document id, or null for a stage over all documents
 * @param stage the stage's name as the progress shows it ("quotes", "timeline", ...)
 * @param message what went wrong, for a reader of the brief
 */
public record Problem(String doc, String stage, String message) {
  public Problem {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
  }
}
