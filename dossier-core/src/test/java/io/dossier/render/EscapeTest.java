package io.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void htmlNeutralisesScriptTagsAndAttributeBreakouts() {
    String s = Escape.html("<script>alert(1)</script>\"><img src=x onerror='alert(2)'>&amp;");
    assertThat(s).doesNotContain("<", ">", "\"", "'");
    assertThat(s).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=&#39;alert(2)&#39;&gt;&amp;amp;");
  }

  @Test
  void markdownNeutralisesHtmlAndMarkdownSyntax() {
    String s = Escape.markdown("<script>alert(1)</script> [click](javascript:x) *b* _i_ `c` # h | t\nnext");
    assertThat(s).doesNotContain("<script", "\n");
    assertThat(s).contains("&lt;script&gt;", "\\[click\\]", "\\*b\\*", "\\_i\\_", "\\`c\\`", "\\#", "\\|");
  }

  @Test
  void nullBecomesEmpty() {
    assertThat(Escape.html(null)).isEmpty();
    assertThat(Escape.markdown(null)).isEmpty();
  }

  @Test
  void plainTextAndNonAsciiPassUnchanged() {
    String t = "Caf\u00E9 \u2014 \u201Cquoted\u201D \uD83D\uDE00 ok.";
    assertThat(Escape.html(t)).isEqualTo(t);
    assertThat(Escape.markdown(t)).isEqualTo(t);
  }
}
