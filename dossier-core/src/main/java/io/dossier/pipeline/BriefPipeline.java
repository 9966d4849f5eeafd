package io.dossier.pipeline;

import io.dossier.clean.CorpusStats;
import io.dossier.embed.Embedder;
import io.dossier.group.Analysis;
import io.dossier.group.NearDuplicates;
import io.dossier.group.PointFinder;
import io.dossier.group.QuestionInferrer;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Source;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * From inputs to a {@link Brief}: collect, load, decode, clean, segment (per document, in
 * parallel), then find near-duplicates, the question, points, counterpoints and the summary
 * (across documents). A document that fails at any per-document stage stays in the brief
 * with its error; the run goes on. Reusable and thread-safe: one instance can make many
 * briefs with the same embedder.
 */
public final class BriefPipeline {
  private final BriefConfig config;
  private final Embedder embedder;
  private final DocumentReader reader;

  public BriefPipeline(BriefConfig config, Embedder embedder) {
    this.config = config;
    this.embedder = embedder;
    this.reader = new DocumentReader(config.limits());
  }

  public Brief run(List<String> inputs, Progress progress) {
    List<Source> sources = new InputCollector().collect(inputs);
    progress.stage("read", sources.size());
    List<DocumentReader.Read> read = parallel(sources, reader::read, progress).stream()
        .flatMap(List::stream).toList();
    CorpusStats stats = DocumentReader.stats(read);
    progress.stage("clean", read.size());
    List<Passages> docs = parallel(read, r -> reader.analyse(r, stats), progress);
    return analyse(docs, progress);
  }

  /** The cross-document part, for callers that already have segmented pages (the store). */
  public Brief analyse(List<Passages> docs, Progress progress) {
    List<Page> pages = new ArrayList<>();
    for (Passages p : docs) {
      pages.add(p.page());
    }
    Map<String, String> dups = new NearDuplicates(config.duplicateThreshold()).find(pages);
    List<Passages> marked = new ArrayList<>();
    List<Passages> independent = new ArrayList<>();
    for (Passages p : docs) {
      Page page = p.page();
      String dupOf = dups.get(page.id());
      if (dupOf != null) {
        page = page.withFlag("duplicate-of:" + dupOf);
      }
      Passages q = new Passages(page, p.sentences());
      marked.add(q);
      if (page.readable() && dupOf == null && !page.flags().contains("not-english")) {
        independent.add(q);
      }
    }
    boolean inferred = config.question() == null;
    progress.stage("question", 0);
    String question = inferred ? new QuestionInferrer(embedder).infer(independent) : config.question().strip();
    progress.stage("embed", 0);
    Analysis a = new PointFinder(embedder, config.points()).find(question, independent, progress::advance,
        name -> progress.stage(name, 0));
    List<Page> outPages = new ArrayList<>();
    for (Passages p : marked) {
      outPages.add(p.page());
    }
    return new Brief(Brief.SCHEMA, question, inferred, outPages, a.summary(), a.keyPoints(),
        a.counterPoints(), List.of(), List.of(), List.of(), List.of());
  }

  private <A, B> List<B> parallel(List<A> in, Function<A, B> f, Progress progress) {
    AtomicLong done = new AtomicLong();
    ForkJoinPool pool = new ForkJoinPool(config.threads());
    try {
      return pool.submit(() -> in.parallelStream().map(a -> {
        B b = f.apply(a);
        progress.advance(done.incrementAndGet());
        return b;
      }).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a per-document stage failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
