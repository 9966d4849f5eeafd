package io.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefSchemaTest {
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(BriefSchema.json());

  private static JsonNode tiny() {
    Page p = new Page("a", "a.txt", "Title", java.time.LocalDate.of(2024, 3, 5), "ab", "Hello world.",
        List.of(new io.dossier.model.CharSpan(0, 12)), List.of(), List.of(), null);
    Brief b = new Brief(Brief.SCHEMA, "Why?", false, List.of(p), List.of(new Span("a", 0, 12, "Hello world.")),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    return BriefJson.mapper().valueToTree(b);
  }

  @Test
  void theSchemaNamesEveryTopLevelFieldOfTheContract() throws Exception {
    JsonNode s = BriefJson.mapper().readTree(BriefSchema.json());
    assertThat(s.get("$schema").asText()).contains("2020-12");
    List<String> fields = new java.util.ArrayList<>();
    s.get("properties").fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("schema", "question", "questionInferred", "documents", "summary", "keyPoints",
        "counterPoints", "quotes", "timeline", "actors", "disputes", "problems");
    assertThat(s.get("required").toString()).doesNotContain("problems").contains("disputes");
    assertThat(s.get("properties").get("schema").get("const").asText()).isEqualTo(Brief.SCHEMA);
  }

  @Test
  void aBriefPassesAndAMalformedOneDoesNot() {
    JsonNode ok = tiny();
    assertThat(SCHEMA.validate(ok)).isEmpty();
    ObjectNode extra = ok.deepCopy();
    extra.put("surprise", 1);
    assertThat(SCHEMA.validate(extra)).isNotEmpty();
    ObjectNode missing = ok.deepCopy();
    missing.remove("keyPoints");
    assertThat(SCHEMA.validate(missing)).isNotEmpty();
    ObjectNode badSpan = ok.deepCopy();
    ((ObjectNode) badSpan.get("summary").get(0)).put("start", "zero");
    assertThat(SCHEMA.validate(badSpan)).isNotEmpty();
    ObjectNode withProblem = ok.deepCopy();
    withProblem.putArray("problems").addObject().putNull("doc").put("stage", "actors").put("message", "failed");
    assertThat(SCHEMA.validate(withProblem)).isEmpty();
    ObjectNode badProblem = ok.deepCopy();
    badProblem.putArray("problems").addObject().put("doc", "a").put("message", "no stage");
    assertThat(SCHEMA.validate(badProblem)).isNotEmpty();
    ObjectNode badDate = ok.deepCopy();
    ((ObjectNode) badDate.get("documents").get(0)).putNull("kept");
    assertThat(SCHEMA.validate(badDate)).isNotEmpty();
  }

  @Test
  void docsBriefJsonMdIsWrittenFromTheCurrentSchema() throws Exception {
    java.nio.file.Path doc = java.nio.file.Path.of(System.getProperty("user.dir")).resolve("../docs/brief-json.md")
        .normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(doc), "docs/brief-json.md missing");
    String md = java.nio.file.Files.readString(doc);
    JsonNode s = BriefJson.mapper().readTree(BriefSchema.json());
    java.util.Map<String, JsonNode> objects = new java.util.LinkedHashMap<>();
    objects.put("Brief", s);
    s.get("$defs").fields().forEachRemaining(e -> objects.put(e.getKey(), e.getValue()));
    for (var e : objects.entrySet()) {
      if (e.getKey().endsWith("-nullable")) {
        continue;
      }
      assertThat(md).as("regenerate: ./dossier schema | python3 docs/brief-json.py").contains("## " + e.getKey());
      JsonNode props = e.getValue().get("properties");
      if (props != null) {
        props.fieldNames().forEachRemaining(f -> assertThat(md).as("field %s of %s", f, e.getKey())
            .contains("| `" + f + "` |"));
      }
    }
  }
}
