package io.dossier.time;

/**
 * A date expression found in a text, resolved to a calendar date. {@code [start, end)} indexes
 * the page's text.
 *
 * @param anchoredTo what a relative expression was resolved against
 */
public record TimeExpression(int start, int end, String text, PartialDate date, Anchor anchoredTo) {
  public enum Anchor {
    /** a full date or year in the text: "25 April 2009", "in 1997" */
    NONE,
    /** the story's own last date: "The following April", "Four months later" */
    NARRATIVE,
    /** the page's publication date: "last month", "on Wednesday" */
    PUBLICATION
  }
}
