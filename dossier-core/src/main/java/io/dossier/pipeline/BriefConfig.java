package io.dossier.pipeline;

import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;

/**
 * Settings of one brief run, validated once. {@code question} is null to infer it;
 * {@code threads} is the number of worker threads for the per-document stages and the
 * embedder; {@code duplicateThreshold} is the MinHash resemblance that makes two documents
 * one source.
 */
public record BriefConfig(String question, Limits limits, PointSettings points, int threads,
    double duplicateThreshold) {
  public BriefConfig {
    if (question != null && question.isBlank()) {
      throw new IllegalArgumentException("the question is empty: give a question or leave it out to infer one");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (duplicateThreshold <= 0 || duplicateThreshold > 1) {
      throw new IllegalArgumentException("duplicateThreshold must be in (0, 1]");
    }
  }

  public static BriefConfig defaults(String question) {
    return new BriefConfig(question, Limits.DEFAULT, PointSettings.DEFAULT,
        Math.max(1, Runtime.getRuntime().availableProcessors()), 0.5);
  }
}
