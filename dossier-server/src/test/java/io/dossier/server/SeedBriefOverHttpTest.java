package io.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.embed.OnnxEmbedder;
import io.dossier.model.Brief;
import io.dossier.pipeline.BriefConfig;
import io.dossier.pipeline.BriefPipeline;
import io.dossier.pipeline.Progress;
import io.dossier.render.BriefJson;
import io.dossier.store.DocumentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web service's brief on the seed articles, with the real embedding model, has the command
 * line's key points, counterpoints and summary: labels, sources, evidence and offsets (an
 * earlier build differed in points 8 to 10). Skips where the shared corpus is absent.
 */
class SeedBriefOverHttpTest {
  static final String QUESTION = "Why does Russia not want Ukraine to join NATO?";

  @TempDir
  Path dir;

  @Test
  void theServersBriefOnTheSeedsHasTheCommandLinesPoints() throws Exception {
    Path seeds = io.dossier.testing.Shared.seeds();
    Assumptions.assumeTrue(seeds != null,
        "shared seed corpus (dossier.shared/corpus/seeds) absent; skipping");
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    OnnxEmbedder model = new OnnxEmbedder(2);
    Brief cli = new BriefPipeline(BriefConfig.defaults(QUESTION), model)
        .run(files.stream().map(Path::toString).toList(), Progress.NONE);
    JsonNode expected = new ObjectMapper().readTree(BriefJson.write(cli));

    try (DocumentStore store = DocumentStore.open(dir.resolve("data"), model, DocumentStore.Options.defaults());
        DossierServer server = new DossierServer(store, ServerConfig.loopback(0)).start()) {
      Http h = new Http(server.uri());
      for (Path f : files) {
        assertThat(h.upload(f.getFileName().toString(), Files.readAllBytes(f)).status()).isEqualTo(201);
      }
      Http.Reply r = h.postJson("/api/brief", new ObjectMapper().writeValueAsString(
          java.util.Map.of("question", QUESTION)));
      assertThat(r.status()).isEqualTo(200);
      JsonNode served = r.json();
      assertThat(expected.get("keyPoints")).isNotEmpty();
      assertThat(served.get("keyPoints")).isEqualTo(expected.get("keyPoints"));
      assertThat(served.get("counterPoints")).isEqualTo(expected.get("counterPoints"));
      assertThat(served.get("summary")).isEqualTo(expected.get("summary"));
    }
  }
}
