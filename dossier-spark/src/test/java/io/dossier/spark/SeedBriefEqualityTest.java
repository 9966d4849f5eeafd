package io.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dossier.embed.Embedder;
import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.model.Brief;
import io.dossier.pipeline.BriefConfig;
import io.dossier.pipeline.BriefPipeline;
import io.dossier.pipeline.Progress;
import io.dossier.render.BriefJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On local[2] over the seed corpus: analyse, then brief, gives the brief that
 * {@link BriefPipeline#run} gives on the same files with the same (deterministic) embedder:
 * the same documents (ids, errors, flags), key points (labels, sources, evidence spans),
 * counterpoints, summary, quotes, timeline, actors and disputes. Skips when the seeds are absent.
 */
class SeedBriefEqualityTest {
  static final String QUESTION = "Why does Russia not want Ukraine to join NATO?";
  @TempDir
  static Path dir;
  static JsonNode cli;
  static JsonNode spark;
  static BriefJob.Result result;
  static JobReport report;

  static Path seeds() {
    String shared = System.getProperty("dossier.shared");
    Path p = shared == null ? null : Path.of(shared, "corpus", "seeds");
    return p != null && Files.isDirectory(p) ? p : null;
  }

  @BeforeAll
  static void briefBothWays() throws Exception {
    Path seeds = seeds();
    if (seeds == null) {
      return;
    }
    seeds = seeds.toRealPath();
    Embedder embedder = Embedders.shared(HashEmbedder.class.getName(), 2);
    BriefConfig config = new BriefConfig(QUESTION, Limits.DEFAULT, PointSettings.DEFAULT, 2, 0.5);
    Brief direct = new BriefPipeline(config, embedder).run(List.of(seeds.toString()), Progress.NONE);
    Path ds = dir.resolve("ds");
    report = new AnalyseJob(LocalSpark.session()).run(new AnalyseSettings(List.of(seeds.toString()), ds.toString(),
        EmbedMode.CANDIDATES, HashEmbedder.class.getName(), 2, Limits.DEFAULT.maxBytes(), 0, true, 0));
    result = new BriefJob(LocalSpark.session()).run(ds.toString(), config, 500, embedder, true);
    cli = BriefJson.mapper().readTree(BriefJson.write(direct));
    spark = BriefJson.mapper().readTree(BriefJson.write(result.brief()));
  }

  static void needSeeds() {
    Assumptions.assumeTrue(cli != null, "shared seed corpus (dossier.shared/corpus/seeds) absent; skipping");
  }

  @Test
  void theKeyPointsHaveTheSameLabelsSourcesAndEvidence() {
    needSeeds();
    assertThat(cli.get("keyPoints")).isNotEmpty();
    assertThat(spark.get("keyPoints")).isEqualTo(cli.get("keyPoints"));
    assertThat(spark.get("counterPoints")).isEqualTo(cli.get("counterPoints"));
    assertThat(spark.get("summary")).isEqualTo(cli.get("summary"));
  }

  @Test
  void theDocumentsAndTheOtherSectionsAreTheSame() {
    needSeeds();
    assertThat(spark.get("documents")).isEqualTo(cli.get("documents"));
    for (String section : List.of("question", "questionInferred", "quotes", "timeline", "actors", "disputes")) {
      assertThat(spark.get(section)).as(section).isEqualTo(cli.get(section));
    }
  }

  @Test
  void theBriefUsesTheStoredVectors() {
    needSeeds();
    assertThat(result.retrieved()).isFalse();
    assertThat(result.selected()).isEqualTo(cli.get("documents").size());
    assertThat(result.vectorsServed()).isPositive();
    assertThat(report.embedded()).isPositive().isLessThan(report.sentences());
  }
}
