package io.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.CharSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenNLP's language detector on news prose in several languages and scripts. */
class LanguageDetectionTest {
  private static final String RUSSIAN = "\u0413\u043E\u0440\u043E\u0434\u0441\u043A\u043E\u0439 \u0441\u043E\u0432\u0435\u0442 \u0432\u043E \u0432\u0442\u043E\u0440\u043D\u0438\u043A \u043F\u0440\u043E\u0433\u043E\u043B\u043E\u0441\u043E\u0432\u0430\u043B \u0437\u0430 \u0442\u043E, \u0447\u0442\u043E\u0431\u044B \u0437\u0430\u043C\u0435\u043D\u0438\u0442\u044C \u0441\u0442\u0430\u0440\u044B\u0439 \u043F\u0430\u0440\u043E\u043C \u043C\u043E\u0441\u0442\u043E\u043C, \u043F\u043E\u0442\u043E\u043C\u0443 \u0447\u0442\u043E \u0440\u0435\u043C\u043E\u043D\u0442 \u043F\u0430\u0440\u043E\u043C\u0430 \u043E\u0431\u0445\u043E\u0434\u0438\u0442\u0441\u044F \u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0434\u043E\u0440\u043E\u0433\u043E. \u0416\u0438\u0442\u0435\u043B\u0438 \u043E\u0441\u0442\u0440\u043E\u0432\u0430 \u043E\u043F\u0430\u0441\u0430\u044E\u0442\u0441\u044F, \u0447\u0442\u043E \u043F\u043B\u0430\u0442\u0430 \u0437\u0430 \u043F\u0440\u043E\u0435\u0437\u0434 \u043F\u043E \u043C\u043E\u0441\u0442\u0443 \u043E\u043A\u0430\u0436\u0435\u0442\u0441\u044F \u0432\u044B\u0448\u0435, \u0447\u0435\u043C \u0431\u0438\u043B\u0435\u0442 \u043D\u0430 \u043F\u0430\u0440\u043E\u043C, \u0430 \u043F\u043E \u0438\u0445 \u0442\u0438\u0445\u0438\u043C \u0443\u043B\u0438\u0446\u0430\u043C \u043F\u043E\u0435\u0434\u0435\u0442 \u043C\u043D\u043E\u0433\u043E \u043C\u0430\u0448\u0438\u043D.";
  private static final String CHINESE = "\u5E02\u8BAE\u4F1A\u661F\u671F\u4E8C\u6295\u7968\u51B3\u5B9A\u7528\u4E00\u5EA7\u6865\u53D6\u4EE3\u6E2F\u53E3\u7684\u65E7\u6E21\u8F6E\uFF0C\u56E0\u4E3A\u4FEE\u7406\u6E21\u8F6E\u7684\u8D39\u7528\u592A\u9AD8\uFF0C\u800C\u4E14\u6E21\u8F6E\u5BF9\u8D8A\u6765\u8D8A\u591A\u7684\u901A\u52E4\u8005\u6765\u8BF4\u592A\u6162\u4E86\u3002\u5C9B\u4E0A\u7684\u5C45\u6C11\u62C5\u5FC3\u8FC7\u6865\u8D39\u4F1A\u6BD4\u6E21\u8F6E\u7968\u4EF7\u66F4\u8D35\uFF0C\u4E5F\u62C5\u5FC3\u5927\u6865\u4F1A\u7ED9\u4ED6\u4EEC\u5B89\u9759\u7684\u8857\u9053\u5E26\u6765\u5927\u91CF\u4EA4\u901A\u3002\u5E02\u957F\u8BF4\uFF0C\u5728\u51AC\u5B63\u98CE\u66B4\u671F\u95F4\uFF0C\u5927\u6865\u4F1A\u66F4\u5B89\u5168\uFF0C\u56E0\u4E3A\u90A3\u65F6\u6E21\u8F6E\u7ECF\u5E38\u505C\u822A\u597D\u51E0\u5929\uFF0C\u5C9B\u4E0A\u5C45\u6C11\u65E0\u6CD5\u524D\u5F80\u5927\u9646\u7684\u533B\u9662\u3002";
  private static final String ARABIC = "\u0635\u0648\u0651\u062A \u0645\u062C\u0644\u0633 \u0627\u0644\u0645\u062F\u064A\u0646\u0629 \u064A\u0648\u0645 \u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621 \u0639\u0644\u0649 \u0627\u0633\u062A\u0628\u062F\u0627\u0644 \u0627\u0644\u0639\u0628\u0651\u0627\u0631\u0629 \u0627\u0644\u0642\u062F\u064A\u0645\u0629 \u0641\u064A \u0627\u0644\u0645\u064A\u0646\u0627\u0621 \u0628\u062C\u0633\u0631 \u062C\u062F\u064A\u062F\u060C \u0644\u0623\u0646 \u0625\u0635\u0644\u0627\u062D \u0627\u0644\u0639\u0628\u0651\u0627\u0631\u0629 \u0623\u0635\u0628\u062D \u0645\u0643\u0644\u0641\u0627\u064B \u0644\u0644\u063A\u0627\u064A\u0629 \u0648\u0628\u0637\u064A\u0626\u0627\u064B \u0628\u0627\u0644\u0646\u0633\u0628\u0629 \u0625\u0644\u0649 \u0627\u0644\u0639\u062F\u062F \u0627\u0644\u0645\u062A\u0632\u0627\u064A\u062F \u0645\u0646 \u0627\u0644\u0631\u0643\u0627\u0628. \u0648\u064A\u062E\u0634\u0649 \u0633\u0643\u0627\u0646 \u0627\u0644\u062C\u0632\u064A\u0631\u0629 \u0623\u0646 \u062A\u0643\u0648\u0646 \u0631\u0633\u0648\u0645 \u0639\u0628\u0648\u0631 \u0627\u0644\u062C\u0633\u0631 \u0623\u0639\u0644\u0649 \u0645\u0646 \u062B\u0645\u0646 \u062A\u0630\u0643\u0631\u0629 \u0627\u0644\u0639\u0628\u0651\u0627\u0631\u0629\u060C \u0648\u0623\u0646 \u064A\u062C\u0644\u0628 \u0627\u0644\u062C\u0633\u0631 \u062D\u0631\u0643\u0629 \u0645\u0631\u0648\u0631 \u0643\u062B\u064A\u0641\u0629 \u0625\u0644\u0649 \u0634\u0648\u0627\u0631\u0639\u0647\u0645 \u0627\u0644\u0647\u0627\u062F\u0626\u0629.";
  private static final String FRENCH = "Le conseil municipal a vot\u00E9 mardi le remplacement du vieux bac du port par un pont, parce que la r\u00E9paration du bac co\u00FBte d\u00E9sormais trop cher et qu'il est trop lent pour le nombre croissant de voyageurs. Les habitants de l'\u00EEle craignent que le p\u00E9age du pont soit plus cher que le billet du bac et que le pont am\u00E8ne beaucoup de circulation dans leurs rues tranquilles.";
  private static final String GERMAN = "Der Stadtrat hat am Dienstag beschlossen, die alte F\u00E4hre im Hafen durch eine Br\u00FCcke zu ersetzen, weil die Reparatur der Motoren fast so viel kosten w\u00FCrde wie der Bau einer neuen Br\u00FCcke. Die Bewohner der Insel bef\u00FCrchten, dass die Maut f\u00FCr die Br\u00FCcke h\u00F6her sein wird als der Fahrpreis der F\u00E4hre.";
  private static final String ENGLISH = "The council voted on Tuesday to replace the harbour ferry with a bridge, because the old ferry has become too expensive to repair and too slow for the growing number of commuters. Residents of the island worry that bridge tolls will be higher than ferry fares, and that the bridge will bring heavy traffic through their quiet streets.";

  private static String detect(String t) {
    return Language.detect(t, List.of(new CharSpan(0, t.length())));
  }

  @Test
  void eachLanguageIsNamedByItsTwoLetterCode() {
    assertThat(detect(ENGLISH)).isEqualTo("en");
    assertThat(detect(RUSSIAN)).isEqualTo("ru");
    assertThat(detect(CHINESE)).isEqualTo("zh");
    assertThat(detect(ARABIC)).isEqualTo("ar");
    assertThat(detect(FRENCH)).isEqualTo("fr");
    assertThat(detect(GERMAN)).isEqualTo("de");
  }

  @Test
  void tooLittleTextIsLeftUndecided() {
    assertThat(detect("Hola amigos")).isNull();
    assertThat(detect("")).isNull();
    assertThat(Language.detect("x".repeat(10) + ENGLISH, List.of(new CharSpan(0, 5)))).isNull();
  }

  @Test
  void onlyKeptTextIsRead() {
    String t = FRENCH + "\n" + ENGLISH;
    assertThat(Language.detect(t, List.of(new CharSpan(FRENCH.length() + 1, t.length())))).isEqualTo("en");
  }

  @Test
  void plainEnglishNeedsNoDetectorButOtherLanguagesAndMixedPagesStillGetIt() {
    String english = ENGLISH + " " + ENGLISH;
    Language.Counts c = Language.Counts.of(english, List.of(new CharSpan(0, english.length())), Language.SURE_WORDS);
    assertThat(c.words()).isGreaterThanOrEqualTo(Language.SURE_WORDS);
    assertThat(c.function()).isGreaterThanOrEqualTo((int) (c.words() * Language.SURE_FUNCTION_SHARE));
    assertThat(detect(english)).isEqualTo("en");
    // French and German prose is far below the share: the detector names them
    String french = FRENCH + " " + FRENCH + " " + FRENCH;
    Language.Counts f = Language.Counts.of(french, List.of(new CharSpan(0, french.length())), Language.SURE_WORDS);
    assertThat(f.function()).isLessThan((int) (f.words() * Language.SURE_FUNCTION_SHARE));
    assertThat(detect(french)).isEqualTo("fr");
    assertThat(detect(GERMAN + " " + GERMAN + " " + GERMAN)).isEqualTo("de");
    // English words beside Cyrillic ones: not Latin enough for the shortcut
    String mixed = ENGLISH + " " + RUSSIAN + " " + RUSSIAN;
    Language.Counts m = Language.Counts.of(mixed, List.of(new CharSpan(0, mixed.length())), Language.SURE_WORDS);
    assertThat(m.latin()).isLessThan((int) (m.letters() * Language.SURE_LATIN_SHARE));
  }

  @Test
  void threeLetterCodesMapToTwoLetterOnesWhereTheyExist() {
    assertThat(Language.twoLetter("rus")).isEqualTo("ru");
    assertThat(Language.twoLetter("cmn")).isEqualTo("zh");
    assertThat(Language.twoLetter("eng")).isEqualTo("en");
    assertThat(Language.twoLetter("sco")).isEqualTo("sco");
  }
}
