package io.dossier.spark;

import io.dossier.ingest.Limits;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Settings of one analyse job, validated once on the driver and shipped to executors.
 * {@code inputs} are Hadoop paths or URIs (files or directories); {@code out} the dataset
 * directory ({@code documents/}, {@code sentences/} and {@code report.json} are written
 * under it); {@code embedder} is {@code onnx} or an {@link io.dossier.embed.Embedder} class
 * name; {@code onnxThreads} the ONNX session's threads per executor; {@code partitions} the
 * number of input partitions (0: chosen from the files and the cluster); {@code lineStats}
 * whether the first pass counts repeated lines across text dumps (as the CLI does);
 * {@code limit} reads only the first files of the listing (0: all; for quick benchmarks).
 */
public record AnalyseSettings(List<String> inputs, String out, EmbedMode embed, String embedder, int onnxThreads,
    long maxBytes, int partitions, boolean lineStats, int limit) implements Serializable {
  public AnalyseSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(embed, "embed");
    Objects.requireNonNull(embedder, "embedder");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("give at least one input path");
    }
    if (onnxThreads < 1 || maxBytes < 1 || partitions < 0 || limit < 0) {
      throw new IllegalArgumentException("threads, size limit and partitions must be positive");
    }
  }

  /** The CLI's limits for this size: gzip may inflate to twice the size. */
  public Limits limits() {
    return new Limits(maxBytes, 2 * maxBytes, 20_000);
  }
}
