package io.dossier.actors;

import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A document cut into paragraphs (from the sentences' paragraph numbers), each tokenised with
 * its quotations masked, with every mention resolved to an entity in text order. Built once
 * per document and then read-only.
 */
public final class DocumentMentions {
  /** One paragraph: its span, tokens (quotations masked) and mentions. */
  public record Paragraph(int start, int end, List<Token> tokens, List<Mention> mentions,
      List<int[]> masks) {
  }

  private final List<Paragraph> paragraphs;
  private final EntityResolver resolver;

  private DocumentMentions(List<Paragraph> paragraphs, EntityResolver resolver) {
    this.paragraphs = List.copyOf(paragraphs);
    this.resolver = resolver;
  }

  /**
   * Tokenises and resolves {@code doc}.
   *
   * @param masksOf the regions to mask in the paragraph {@code [start, end)} (its quotations)
   */
  public static DocumentMentions of(Passages doc, Function<int[], List<int[]>> masksOf) {
    String text = doc.page().text();
    List<int[]> spans = paragraphSpans(doc);
    Set<String> lower = lowerWords(text, spans);
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Mention> all = new ArrayList<>();
    for (int[] p : spans) {
      List<int[]> masks = masksOf.apply(p);
      List<Token> tokens = Tokenizer.tokenize(text, p[0], p[1], masks);
      List<Mention> mentions = MentionFinder.find(tokens, lower);
      paragraphs.add(new Paragraph(p[0], p[1], tokens, mentions, masks));
      all.addAll(mentions);
    }
    EntityResolver resolver = new EntityResolver(all);
    for (Paragraph p : paragraphs) {
      int sentStart = 0;
      int mi = 0;
      List<Token> t = p.tokens();
      for (Mention m : p.mentions()) {
        for (int k = m.tokenStart() - 1; k >= sentStart; k--) {
          Token x = t.get(k);
          if (x.kind() == Token.Kind.PUNCT && (x.is(".") || x.is("!") || x.is("?"))) {
            sentStart = k + 1;
            break;
          }
        }
        resolver.resolve(m, MentionFinder.subjectSlot(t, m, sentStart));
        mi++;
      }
    }
    return new DocumentMentions(paragraphs, resolver);
  }

  /** The {@code [start, end)} of each paragraph: the sentences sharing a paragraph number. */
  public static List<int[]> paragraphSpans(Passages doc) {
    List<int[]> out = new ArrayList<>();
    int current = Integer.MIN_VALUE;
    for (Sentence s : doc.sentences()) {
      if (s.paragraph() != current || out.isEmpty()) {
        out.add(new int[] {s.start(), s.end()});
        current = s.paragraph();
      } else {
        out.get(out.size() - 1)[1] = s.end();
      }
    }
    return out;
  }

  static Set<String> lowerWords(String text, List<int[]> spans) {
    Set<String> out = new HashSet<>();
    for (int[] p : spans) {
      int i = p[0];
      while (i < p[1]) {
        if (Character.isLowerCase(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          int s = i;
          while (i < p[1] && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
          }
          out.add(text.substring(s, i).toLowerCase(Locale.ROOT));
        } else {
          i++;
        }
      }
    }
    return out;
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  /** The entity a mention was resolved to, or null (an unresolved pronoun). */
  public Entity entity(Mention m) {
    return resolver.resolved(m);
  }
}
