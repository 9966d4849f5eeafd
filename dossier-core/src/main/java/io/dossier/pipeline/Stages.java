package io.dossier.pipeline;

import io.dossier.actors.ActorAnalyzer;
import io.dossier.actors.DocumentMentions;
import io.dossier.disputes.DisputeFinder;
import io.dossier.embed.Embedder;
import io.dossier.group.Analysis;
import io.dossier.group.PointFinder;
import io.dossier.group.PointSettings;
import io.dossier.model.Actor;
import io.dossier.model.Dispute;
import io.dossier.model.Event;
import io.dossier.model.Passages;
import io.dossier.model.Quote;
import io.dossier.quotes.QuoteFinder;
import io.dossier.time.TimelineBuilder;
import java.util.List;
import java.util.function.ObjLongConsumer;
import java.util.function.IntConsumer;

/**
 * The analysis stages {@link BriefPipeline} composes, one method each, taking records and
 * returning records. The pipeline puts its error boundary around every call; a stage itself
 * lets its exceptions surface. Not final: a test overrides one method to throw and sees the
 * boundary turn that into a {@link io.dossier.model.Problem}. The components are immutable,
 * so one instance serves many briefs on many threads.
 */
class Stages {
  private final QuoteFinder quotes = new QuoteFinder();
  private final TimelineBuilder timeline = new TimelineBuilder();
  private final ActorAnalyzer actors = new ActorAnalyzer();
  private final DisputeFinder disputes = new DisputeFinder();

  /** Across documents: key points, counterpoints and the summary. */
  Analysis points(Embedder embedder, PointSettings settings, String question, List<Passages> docs,
      IntConsumer advance, ObjLongConsumer<String> stage) {
    return new PointFinder(embedder, settings).find(question, docs, advance, stage);
  }

  /** Per document: its quotes in text order. */
  List<Quote> quotes(Passages doc) {
    return quotes.find(doc);
  }

  /** Per document: its dated clauses in text order. */
  List<TimelineBuilder.Candidate> datedClauses(Passages doc) {
    return timeline.datedClauses(doc);
  }

  /** Across documents: the merged, rated timeline ({@code perDoc.get(i)} is {@code docs.get(i)}'s). */
  List<Event> timeline(List<Passages> docs, List<List<TimelineBuilder.Candidate>> perDoc) {
    return timeline.build(docs, perDoc);
  }

  /** Per document: its mentions and entities, the words inside its quotes masked. */
  DocumentMentions mentions(Passages doc, List<Quote> quotes) {
    return actors.mentions(doc, quotes);
  }

  /** Across documents: the actors and their stances (a null in {@code perDoc} adds nothing). */
  List<Actor> actors(String question, List<Passages> docs, List<Quote> quotes, List<DocumentMentions> perDoc) {
    return actors.analyze(question, docs, quotes, perDoc);
  }

  /** Per document: the claims a source itself calls disputed. */
  List<Dispute> claimedDisputes(Passages doc) {
    return disputes.selfDeclared(doc);
  }

  /** Across documents: claims that sources contradict. */
  List<Dispute> contradictions(List<Passages> docs) {
    return disputes.contradictions(docs);
  }
}
