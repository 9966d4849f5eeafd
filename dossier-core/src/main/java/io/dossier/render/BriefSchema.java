package io.dossier.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.dossier.model.Brief;
import io.dossier.model.CharSpan;
import java.util.Collection;

/**
 * The JSON Schema (draft 2020-12) of brief.json, generated from the model records the brief is
 * written from, so that the two cannot drift apart: every record component is a required
 * property (Jackson writes nulls), lists are never null, other values may be, and no other
 * property is allowed. Served by the API at {@code GET /api/brief.schema.json}, printed by
 * {@code dossier schema}; the tests check every brief they make against it. Thread-safe.
 */
public final class BriefSchema {
  public static final String ID = "https://dossier.invalid/schema/dossier.brief-1.schema.json";
  private static final String JSON = generate();

  private BriefSchema() {
  }

  /** The schema, pretty-printed. */
  public static String json() {
    return JSON;
  }

  private static String generate() {
    SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.RESPECT_JSONPROPERTY_ORDER))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS);
    // a CharSpan is written as a pair [start, end] (@JsonFormat(shape = ARRAY))
    b.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
      if (type.getErasedType() != CharSpan.class) {
        return null;
      }
      ObjectNode pair = context.getGeneratorConfig().createObjectNode().put("type", "array")
          .put("description", "[start, end): a span of the document's text").put("minItems", 2).put("maxItems", 2);
      pair.putArray("prefixItems").add(context.getGeneratorConfig().createObjectNode().put("type", "integer"))
          .add(context.getGeneratorConfig().createObjectNode().put("type", "integer"));
      pair.put("items", false);
      return new com.github.victools.jsonschema.generator.CustomDefinition(pair);
    });
    b.forFields()
        // a field written only when it has content (JsonInclude NON_EMPTY, the brief's problems) is optional
        .withRequiredCheck(f -> f.getAnnotationConsideringFieldAndGetter(
            com.fasterxml.jackson.annotation.JsonInclude.class) == null)
        .withNullableCheck(f -> !(f.getType().isPrimitive()
            || Collection.class.isAssignableFrom(f.getType().getErasedType())));
    ObjectNode s = new SchemaGenerator(b.build()).generateSchema(Brief.class);
    s.put("$id", ID);
    s.put("title", "Dossier brief (" + Brief.SCHEMA + ")");
    s.put("description", "What `dossier brief` writes as brief.json: every span is [start, end) in the UTF-16 "
        + "code units of its document's text, and its text is exactly that slice.");
    ((ObjectNode) s.path("properties").path("schema")).put("const", Brief.SCHEMA);
    try {
      return BriefJson.mapper().writeValueAsString(s) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the brief's schema", e);
    }
  }
}
