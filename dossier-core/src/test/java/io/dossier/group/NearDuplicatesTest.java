package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Page;
import io.dossier.testing.Texts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String ARTICLE = String.join("\n",
      "The river authority opened the new flood barrier on Thursday after four years of building work.",
      "Engineers said the barrier could hold back a surge two metres higher than the record flood of 1953.",
      "Residents of the low-lying districts had campaigned for the barrier since a storm flooded hundreds of homes.",
      "The barrier cost more than the original estimate because the riverbed proved softer than expected.",
      "Officials said the gates would be tested every month and closed whenever a storm surge was forecast.",
      "Critics argued that the money would have been better spent on moving homes away from the river.",
      "The authority said it would publish the results of the first tests before the winter storms arrive.");
  private static final String OTHER = String.join("\n",
      "The national orchestra announced a new season of free concerts in public parks across the country.",
      "The conductor said the aim was to bring classical music to people who never visit a concert hall.",
      "Each concert will include a short talk about the composers and the history of the pieces performed.",
      "Tickets are not needed, but the orchestra asks listeners to bring their own chairs and blankets.",
      "The season opens in June with a programme of symphonies and ends in September with an opera night.",
      "Sponsors from local businesses will cover the costs of the stages, lighting and sound equipment.");

  private final NearDuplicates dups = new NearDuplicates(0.5);

  @Test
  void aCopyWithOneChangedSentenceIsFlaggedAsADuplicateOfTheEarlierPage() {
    String copy = ARTICLE.replace("Critics argued that the money would have been better spent on moving homes away from the river.",
        "A spokesman for the mayor welcomed the barrier and thanked the engineers for their work.");
    Map<String, String> found = dups.find(List.of(Texts.pageOfLines("orig", ARTICLE), Texts.pageOfLines("copy", copy)));
    assertThat(found).containsExactly(Map.entry("copy", "orig"));
  }

  @Test
  void twoDifferentArticlesAreNotDuplicates() {
    Map<String, String> found = dups.find(List.of(Texts.pageOfLines("a", ARTICLE), Texts.pageOfLines("b", OTHER)));
    assertThat(found).isEmpty();
  }

  @Test
  void aThirdCopyPointsToTheFirstNotToAnotherCopy() {
    Map<String, String> found = dups.find(List.of(Texts.pageOfLines("a", ARTICLE), Texts.pageOfLines("b", ARTICLE),
        Texts.pageOfLines("c", ARTICLE)));
    assertThat(found).containsOnly(Map.entry("b", "a"), Map.entry("c", "a"));
  }

  @Test
  void unreadableAndTinyPagesAreNeverDuplicates() {
    Page failed = Page.failed("f", "f", null, "broken");
    Page tiny = Texts.pageOfLines("t", "Too short.");
    Page tiny2 = Texts.pageOfLines("t2", "Too short.");
    assertThat(dups.find(List.of(failed, tiny, tiny2, Page.failed("g", "g", null, "broken")))).isEmpty();
  }

  @Test
  void onlyKeptTextCounts() {
    // Same removed boilerplate, different kept articles: not duplicates.
    String boiler = "Subscribe to our newsletter for the latest news from the region every single morning today\n";
    Page a = Texts.pageOfLines("a", ARTICLE);
    Page b = Texts.pageOfLines("b", OTHER);
    Page a2 = new Page("a", "a", null, null, null, boiler + ARTICLE,
        a.kept().stream().map(k -> new io.dossier.model.CharSpan(k.start() + boiler.length(), k.end() + boiler.length())).toList(),
        List.of(), List.of(), null);
    assertThat(dups.find(List.of(a2, b))).isEmpty();
  }
}
