package io.dossier.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dossier.model.Brief;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The brief's JSON form ({@code dossier.brief/1}). Thread-safe. */
public final class BriefJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private BriefJson() {
  }

  public static String write(Brief brief) {
    try {
      return MAPPER.writeValueAsString(brief);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the brief as JSON", e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
