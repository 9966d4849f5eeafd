package io.dossier.group.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotedFieldsEscapesLineBreaksAndBlankLines() {
    String text = "arg_id,argument,topic\r\n"
        + "a1,\"We should, in fact, ban it\",\"Topic \"\"one\"\"\"\r\n"
        + "\r\n"
        + "a2,\"two\nlines\",t\n";
    List<List<String>> rows = Csv.parse(text);
    assertThat(rows).containsExactly(
        List.of("arg_id", "argument", "topic"),
        List.of("a1", "We should, in fact, ban it", "Topic \"one\""),
        List.of("a2", "two\nlines", "t"));
  }
}
