package io.dossier.spark;

import io.dossier.clean.CorpusStats;
import io.dossier.embed.Embedder;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Limits;
import io.dossier.ingest.Source;
import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.pipeline.DocumentReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier spark bench-local}: the baseline for the Spark benchmark. The CLI's
 * per-document stages in one JVM, without Spark: list (the CLI's InputCollector), read and
 * analyse with {@link DocumentReader} on a pool of {@code --threads} (as {@code BriefPipeline.run}
 * does), then embed the same sentences the Spark job would ({@link EmbedMode}), in chunks of
 * the same size, with one ONNX session of {@code --threads} threads. Prints one JSON line.
 */
@Command(name = "bench-local", mixinStandardHelpOptions = true,
    description = "Times the single-JVM per-document stages (read, clean, segment, embed) on the same files "
        + "as a Spark analyse run, for comparison. Prints one JSON line.")
final class LocalBench implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N") int threads;
  @Option(names = "--embed", defaultValue = "candidates", paramLabel = "MODE") String embed;
  @Option(names = "--embedder", defaultValue = "onnx", paramLabel = "KIND") String embedder;
  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "First N files only (0: all).")
  int limit;
  @Parameters(paramLabel = "INPUT", arity = "1..*") List<String> inputs;

  @Override
  public Integer call() throws Exception {
    EmbedMode mode = EmbedMode.parse(embed);
    long t0 = System.nanoTime();
    List<Source> sources = new InputCollector().collect(inputs);
    if (limit > 0 && sources.size() > limit) {
      sources = sources.subList(0, limit);
    }
    DocumentReader reader = new DocumentReader(Limits.DEFAULT);
    ForkJoinPool pool = new ForkJoinPool(threads);
    List<Source> src = sources;
    List<DocumentReader.Read> read = pool.submit(() -> src.parallelStream().map(reader::read)
        .flatMap(List::stream).toList()).get();
    CorpusStats stats = DocumentReader.stats(read);
    List<Passages> docs = pool.submit(() -> read.parallelStream().map(r -> reader.analyse(r, stats)).toList()).get();
    pool.shutdown();
    long t1 = System.nanoTime();
    long sentences = 0;
    long embedded = 0;
    Embedder e = mode == EmbedMode.NONE ? null : Embedders.shared(embedder, threads);
    LinkedHashMap<String, Integer> chunk = new LinkedHashMap<>();
    int docsInChunk = 0;
    for (Passages p : docs) {
      sentences += p.sentences().size();
      if (!p.page().readable()) {
        continue;
      }
      List<String> removed = EmbedMode.removedTexts(p);
      for (Sentence s : p.sentences()) {
        if (mode.wants(p, s, removed)) {
          chunk.putIfAbsent(p.text(s), chunk.size());
        }
      }
      if (++docsInChunk >= AnalyseJob.CHUNK_DOCS || chunk.size() >= AnalyseJob.CHUNK_SENTENCES) {
        embedded += flush(e, chunk);
        docsInChunk = 0;
      }
    }
    embedded += flush(e, chunk);
    long t2 = System.nanoTime();
    double secs = (t2 - t0) / 1e9;
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "{\"runner\":\"single-jvm\",\"threads\":%d,\"embed\":\"%s\",\"files\":%d,\"documents\":%d,\"sentences\":%d,"
            + "\"embedded\":%d,\"readAnalyseSeconds\":%.2f,\"embedSeconds\":%.2f,\"seconds\":%.2f,"
            + "\"documentsPerSecond\":%.2f}",
        threads, mode.name().toLowerCase(Locale.ROOT), sources.size(), docs.size(), sentences, embedded,
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, secs, docs.size() / secs));
    return 0;
  }

  private static int flush(Embedder e, LinkedHashMap<String, Integer> chunk) {
    int n = chunk.size();
    if (e != null && n > 0) {
      e.embed(new ArrayList<>(chunk.keySet()));
    }
    chunk.clear();
    return n;
  }
}
