package io.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.embed.Embedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sentence the model fails on costs only its own vector, and is counted in the report. */
class EmbeddingFailureTest {
  /** The hash embedder's vectors, except that it throws for any batch holding the word "zyxxy". */
  public static final class Choking implements Embedder {
    @Override
    public float[][] embed(List<String> texts) {
      if (texts.stream().anyMatch(t -> t.contains("zyxxy"))) {
        throw new IllegalStateException("the model cannot take this text");
      }
      return texts.stream().map(HashEmbedder::vector).toArray(float[][]::new);
    }

    @Override
    public float[] embedQuery(String query) {
      return HashEmbedder.vector(query);
    }

    @Override
    public String name() {
      return "choking";
    }
  }

  @Test
  void oneBadTextLosesOnlyItsOwnVector(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), BadRecordsTest.ARTICLE.replace("two years of trials",
        "two years of zyxxy trials"));
    Path out = dir.resolve("ds");
    JobReport r = new AnalyseJob(LocalSpark.session()).run(new AnalyseSettings(List.of(in.toString()),
        out.toString(), EmbedMode.ALL, Choking.class.getName(), 1, 1L << 20, 1, true, 0));
    assertThat(r.embeddingFailures()).isEqualTo(1);
    assertThat(r.embedded()).isEqualTo(r.sentences() - 1);
    List<Row> failed = LocalSpark.session().read().parquet(out.resolve("sentences").toString())
        .filter(functions.col("embedding").isNull()).collectAsList();
    assertThat(failed).singleElement().satisfies(s -> {
      assertThat(s.<String>getAs("text")).contains("zyxxy");
      assertThat(s.<String>getAs("model")).isNull();
    });
  }
}
