package io.dossier.group;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Discourse cues in plain English: the marks of an explanation (for "why" questions) and the
 * marks of pushing back on a claim (concession, denial, insistence on a right, negated
 * threat). They are features of how arguments are written in news prose, not of any corpus.
 */
final class Cues {
  private Cues() {
  }

  private static final Pattern EXPLAINS = Pattern.compile(
      "\\b(because|due to|reasons?|arguments?|drivers?|motives?|rationale|justification|grounds for|caused? by|driven by|rooted in|stems? from|fears?|feared|"
          + "concerns? (about|over|that|regarding)|concerned|leads? to|led to|results? in|resulted in|"
          + "reduc(e|es|ed|ing)|prevent(s|ed)?|improv(e|es|ed)|means|meant|worr(y|ies|ied)|threat(s|en|ens|ened)?|danger|in order to|so that|aims? to|"
          + "seeks? to|(sees?|saw|views?|viewed|perceives?|perceived|regards?|regarded|considers?|considered) .{0,60}\\bas\\b|"
          + "believes?|motivat\\w*|interests?|red line|provocation|humiliat\\w*|opposition|opposes|opposed)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Strong signs that a sentence answers back: denial, a right asserted, a threat negated. */
  private static final Pattern COUNTER_STRONG = Pattern.compile(
      "\\b(has no veto|no veto|no right to|right to (decide|choose|determine|join|self)|sovereign right|"
          + "no intention|no plans?\\b|not a threat|no threat|poses? no|defensive alliance|purely defensive|"
          + "not permanent|not aimed at|(is|are|was|were) not (a |an )?(threat|aggressive|hostile)|"
          + "on the contrary|in reality|pretext|myth|unfounded|baseless|false narrative|propaganda|"
          + "critics?|opponents?|sceptic\\w*|skeptic\\w*|not convinced|disagree\\w*|counter-?argument|"
          + "open door|notwithstanding|(reject|rejects|rejected|dismiss|dismisses|dismissed|refute[sd]?|"
          + "deny|denies|denied|insists?|insisted) (that|the|any|claims?|assertions?|suggestions?))\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Objections put in the mouth of an unnamed part of the public ("Some residents say",
   * "Some feared that", "Others argue"): the way news prose introduces the other side.
   */
  private static final Pattern SOME_SAY = Pattern.compile(
      "\\b(some|others|many|several)( \\w+){0,2} (say|says|said|argue[sd]?|fear(s|ed)?|worr(y|ies|ied)|"
          + "complain(s|ed)?|object(s|ed)?|warn(s|ed)?|claim(s|ed)?|question(s|ed)?|doubt(s|ed)?)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Weaker signs: concession and contrast. */
  private static final Pattern COUNTER_WEAK = Pattern.compile(
      "\\b(however|despite|although|though|nevertheless|nonetheless|whereas|even if|"
          + "obsolete|exaggerat\\w*|overstat\\w*|agreed to|formally agreed|accepted)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Framing: a sentence that announces that there are reasons without giving one ("The reasons
   * are multifaceted and rooted in historical, strategic and geopolitical factors"). It echoes
   * the question, so it scores as relevant, but it answers nothing. Two marks: a meta noun
   * (reasons, factors, considerations) qualified as many or complex, or a bare list of
   * category adjectives in front of one.
   */
  private static final Pattern META_NOUN = Pattern.compile(
      "\\b(reasons?|factors?|considerations?|motivations?|concerns|aspects?|dimensions?|dynamics|"
          + "implications|complexit(y|ies)|viewpoint|perspectives?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MANY_OR_COMPLEX = Pattern.compile(
      "\\b(multifaceted|multi-faceted|complex|complicated|various|variety of|several|numerous|myriad|"
          + "range of|web of|combination of|mix of|host of|number of|traced? back|deeply rooted|rooted in|"
          + "a number of|underlying|broader context)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CATEGORY_LIST = Pattern.compile(
      "\\b\\w+(al|ic|ary)\\b,\\s+\\w+(al|ic|ary)\\b,?\\s+(and|or)\\s+\\w+(al|ic|ary)\\b",
      Pattern.CASE_INSENSITIVE);

  static boolean framing(String sentence) {
    if (!META_NOUN.matcher(sentence).find()) {
      return false;
    }
    return MANY_OR_COMPLEX.matcher(sentence).find() || CATEGORY_LIST.matcher(sentence).find();
  }

  static double explanation(String sentence) {
    var m = EXPLAINS.matcher(sentence);
    int n = 0;
    while (m.find() && n < 3) {
      n++;
    }
    return n / 3.0;
  }

  /** 0 for none, 0.5 per weak cue, 1 per strong cue. */
  static double counter(String sentence) {
    double s = 0;
    var strong = COUNTER_STRONG.matcher(sentence);
    while (strong.find()) {
      s += 1;
    }
    if (SOME_SAY.matcher(sentence).find()) {
      s += 1;
    }
    var weak = COUNTER_WEAK.matcher(sentence);
    while (weak.find()) {
      s += 0.5;
    }
    return s;
  }

  /** True for a "why" question, where explanations are the answer. */
  static boolean asksWhy(String question) {
    String q = question.toLowerCase(Locale.ROOT).trim();
    return q.startsWith("why") || q.contains(" why ") || q.contains("reason") || q.startsWith("what drives")
        || q.startsWith("what motivates");
  }

  /**
   * Sentences that lean on the one before ("This", "He", "These deployments") read badly
   * alone: a summary prefers sentences that stand on their own.
   */
  static boolean standsAlone(String sentence) {
    String s = sentence.stripLeading().toLowerCase(Locale.ROOT);
    for (String w : new String[] {"he ", "she ", "it ", "they ", "this ", "these ", "those ", "that ",
        "his ", "her ", "its ", "their ", "such ", "all three", "both ", "but ", "and ", "also ", "of course"}) {
      if (s.startsWith(w)) {
        return false;
      }
    }
    return true;
  }
}
