package io.dossier.actors;

import java.util.List;

/**
 * A phrase that may name an actor: a capitalised name (split into title words and the name
 * proper), a pronoun, or a role phrase ("the Russian president"). {@code [start, end)} is
 * the whole phrase in the page's text; {@code tokenStart}/{@code tokenEnd} index the
 * paragraph's token list.
 *
 * @param name the name proper without titles ("Vladimir Putin"), or the phrase's head words
 *     for roles and pronouns
 * @param titles lower-case title and role words ("russian", "president")
 * @param gender 'm', 'f' or '?'
 */
public record Mention(int start, int end, int tokenStart, int tokenEnd, String text, Kind kind,
    String name, List<String> titles, char gender) {

  public enum Kind {
    /** a person's name */
    PERSON,
    /** an organisation (NATO, the Kremlin, a treaty) */
    ORG,
    /** a country or its capital as a metonym */
    STATE,
    /** a single capitalised word not yet known to be a person or place */
    UNKNOWN,
    /** a place, event or period: never a speaker */
    OTHER,
    PRONOUN,
    /** a common-noun phrase for a person or body ("the Russian president", "officials") */
    ROLE
  }

  public Mention {
    titles = List.copyOf(titles);
  }

  public boolean agentLike() {
    return kind != Kind.OTHER;
  }
}
