package io.dossier.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The published brief, as fixed by {@code ../shared/spec/brief-json.md} (schema version 1).
 * {@code problems} lists the stages that failed on a document or on the pile; it is written
 * only when there is one, so a brief without problems reads as before.
 */
@JsonPropertyOrder({"schema", "question", "questionInferred", "documents", "summary", "keyPoints",
    "counterPoints", "quotes", "timeline", "actors", "disputes", "problems"})
public record Brief(
    String schema,
    String question,
    boolean questionInferred,
    List<Page> documents,
    List<Span> summary,
    List<Point> keyPoints,
    List<Point> counterPoints,
    List<Quote> quotes,
    List<Event> timeline,
    List<Actor> actors,
    List<Dispute> disputes,
    // optional in the contract: a brief where every stage ran on every document has none
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Problem> problems) {

  public static final String SCHEMA = "dossier.brief/1";

  public Brief {
    documents = List.copyOf(documents);
    summary = List.copyOf(summary);
    keyPoints = List.copyOf(keyPoints);
    counterPoints = List.copyOf(counterPoints);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
    actors = List.copyOf(actors);
    disputes = List.copyOf(disputes);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }
}
