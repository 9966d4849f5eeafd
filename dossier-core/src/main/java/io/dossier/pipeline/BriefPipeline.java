package io.dossier.pipeline;

import io.dossier.clean.CorpusStats;
import io.dossier.embed.Embedder;
import io.dossier.group.Analysis;
import io.dossier.group.NearDuplicates;
import io.dossier.group.QuestionInferrer;
import io.dossier.ingest.InputCollector;
import io.dossier.ingest.Source;
import io.dossier.actors.DocumentMentions;
import io.dossier.model.Actor;
import io.dossier.model.Brief;
import io.dossier.model.Dispute;
import io.dossier.model.Event;
import io.dossier.model.Quote;
import io.dossier.time.TimelineBuilder;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * From inputs to a {@link Brief}: collect, load, decode, clean, segment (per document, in
 * parallel), then find near-duplicates, the question, points, counterpoints and the summary
 * (across documents). A document that cannot be read or cleaned stays in the brief with its
 * error; a later stage that fails on one document, or on the pile, becomes one of the brief's
 * problems ({@link Problems}, the one error boundary); either way the run goes on. Reusable
 * and thread-safe: one instance can make many briefs with the same embedder.
 */
public final class BriefPipeline {
  private final BriefConfig config;
  private final Embedder embedder;
  private final DocumentReader reader;
  private final Stages stages;
  /** Content first (the same bytes under any name sort alike), then the id for pages without bytes. */
  /** The stages of {@link #analyse}: question, embed, group, quotes, timeline, actors. */
  public static final int ANALYSIS_STAGES = 6;
  private static final java.util.Comparator<Passages> CANONICAL = java.util.Comparator
      .comparing((Passages p) -> p.page().sha256() == null ? "" : p.page().sha256())
      .thenComparing(p -> p.page().id());

  public BriefPipeline(BriefConfig config, Embedder embedder) {
    this(config, embedder, new Stages());
  }

  /** With the analysis stages given: for a test that makes one of them fail. */
  BriefPipeline(BriefConfig config, Embedder embedder, Stages stages) {
    this.config = config;
    this.embedder = embedder;
    this.stages = stages;
    this.reader = new DocumentReader(config.limits());
  }

  public Brief run(List<String> inputs, Progress progress) {
    return runOn(new InputCollector().collect(inputs), progress);
  }

  /** The brief of sources already listed ({@link InputCollector}). */
  public Brief runOn(List<Source> sources, Progress progress) {
    progress.plan(2 + ANALYSIS_STAGES);
    progress.stage("read", sources.size());
    List<DocumentReader.Read> read = perDocument(sources, reader::read,
        s -> List.of(new DocumentReader.Read(s, null, null, overTime("reading"))), progress).stream()
        .flatMap(List::stream).toList();
    CorpusStats stats = DocumentReader.stats(read);
    progress.stage("clean", read.size());
    List<Passages> docs = perDocument(read, r -> reader.analyse(r, stats),
        r -> new Passages(Page.failed(r.source().id(), r.source().location(), r.sha256(), overTime("cleaning")),
            List.of()), progress);
    return analyse(docs, progress);
  }

  /**
   * The cross-document part, for callers that already have segmented pages (the store). The
   * analysis sees the documents in one canonical order (by content hash, then id), so the
   * brief is the same whatever order they were given in; its document list keeps the order given.
   */
  public Brief analyse(List<Passages> given, Progress progress) {
    List<Passages> docs = new ArrayList<>(given);
    docs.sort(CANONICAL);
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
    progress.stage("question", independent.size());
    String question = inferred ? new QuestionInferrer(embedder).infer(independent) : config.question().strip();
    progress.advance(independent.size());
    // every stage from here runs inside the error boundary: a failure is a problem in the brief
    Problems problems = new Problems();
    // the embed stage starts with finding the claims; its total is known once they are chosen
    progress.stage("embed", 0);
    Analysis a = problems.wholePile("points", () -> stages.points(embedder, config.points(), question, independent,
        progress::advance, (name, total) -> {
          if (name.equals("embed")) {
            progress.total(total);
          } else {
            progress.stage(name, total);
          }
        }), new Analysis(List.of(), List.of(), List.of(), 0, 0));
    // a copy (duplicate-of) adds nothing twice: its quotes are the original's
    List<Passages> readable = marked.stream()
        .filter(p -> p.page().readable() && !p.page().flags().contains("not-english")
            && p.page().flags().stream().noneMatch(f -> f.startsWith("duplicate-of:"))).toList();
    progress.stage("quotes", readable.size());
    List<Quote> quotes = QuoteRanking.byRelevance(question,
        perDocument(readable, problems, "quotes", stages::quotes, List.<Quote>of(), progress).stream()
            .flatMap(List::stream).toList());
    // dates are read per document on the worker threads; only the merge is one pass
    progress.stage("timeline", independent.size());
    List<List<TimelineBuilder.Candidate>> dated = perDocument(independent, problems, "timeline",
        stages::datedClauses, List.of(), progress);
    List<Event> timeline = problems.wholePile("timeline", () -> stages.timeline(independent, dated), List.of());
    // mentions are found per document on the worker threads; a document whose mentions fail is a
    // problem and adds no actors (null), as one odd document must not cost the brief its actors
    progress.stage("actors", independent.size());
    List<DocumentMentions> mentions = perDocument(independent, problems, "actors",
        d -> stages.mentions(d, quotes), null, progress);
    List<Actor> actors = problems.wholePile("actors", () -> stages.actors(question, independent, quotes, mentions),
        List.of());
    List<Dispute> disputes = new ArrayList<>();
    Function<Passages, List<Dispute>> claimed = problems.perDocument("disputes", stages::claimedDisputes, List.of());
    for (Passages d : independent) {
      disputes.addAll(claimed.apply(d));
    }
    disputes.addAll(problems.wholePile("disputes", () -> stages.contradictions(independent), List.of()));
    Map<String, Page> byId = new java.util.HashMap<>();
    for (Passages p : marked) {
      byId.put(p.page().id(), p.page());
    }
    List<Page> outPages = new ArrayList<>();
    for (Passages p : given) {
      outPages.add(byId.get(p.page().id()));
    }
    RemovedTextGuard guard = new RemovedTextGuard(outPages);
    return new Brief(Brief.SCHEMA, question, inferred, outPages, a.summary(), a.keyPoints(),
        a.counterPoints(), guard.quotes(quotes), guard.events(timeline), guard.actors(actors),
        guard.disputes(disputes), problems.list());
  }

  /** A per-document analysis stage inside the error boundary, on the configured threads, within the time per document. */
  private <B> List<B> perDocument(List<Passages> in, Problems problems, String stage, Function<Passages, B> f,
      B empty, Progress progress) {
    String late = "this document took longer than " + config.limits().docSeconds()
        + " s, the limit for one document, so it adds nothing to " + stage + " (raise it with --doc-seconds)";
    return perDocument(in, problems.perDocument(stage, f, empty), problems.overTime(stage, late, empty), progress);
  }

  /** A per-document stage on the configured threads, within the time per document. */
  private <A, B> List<B> perDocument(List<A> in, Function<A, B> f, Function<A, B> overTime, Progress progress) {
    return PerDocument.map(in, f, overTime, config.threads(), config.limits().docSeconds(), progress::advance);
  }

  private String overTime(String stage) {
    return stage + " this document took longer than " + config.limits().docSeconds()
        + " s, the limit for one document; it is left out (raise it with --doc-seconds)";
  }
}
