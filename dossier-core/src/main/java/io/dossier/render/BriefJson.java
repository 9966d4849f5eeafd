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

  /** Writes the brief to {@code out} as it goes (texts are streamed, never one string in memory). */
  public static void write(Brief brief, java.io.OutputStream out) throws IOException {
    MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, brief);
  }

  /** Writes the brief to {@code out} as it goes; {@code out} is left open. */
  public static void write(Brief brief, java.io.Writer out) throws IOException {
    MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, brief);
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
