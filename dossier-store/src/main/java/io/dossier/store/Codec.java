package io.dossier.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.ingest.Source;
import io.dossier.model.Passages;
import io.dossier.pipeline.DocumentReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.List;

/** How records are kept in the database: JSON for pages and sentences, little-endian floats for vectors. Stateless. */
final class Codec {
  /**
   * Jackson refuses, by default, to read a string over 20 million characters; the store writes
   * whole texts (up to the read limit, and 64 MB inflated) and must read back whatever it
   * wrote, so strings and documents are bounded by the store's own limits, not Jackson's.
   */
  private static final StreamReadConstraints READ_ANY_LENGTH = StreamReadConstraints.builder()
      .maxStringLength(Integer.MAX_VALUE)
      .maxDocumentLength(Long.MAX_VALUE)
      .build();
  private static final ObjectMapper JSON = JsonMapper.builder(
          JsonFactory.builder().streamReadConstraints(READ_ANY_LENGTH).build())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** What reading gave besides the decoded text: enough to rebuild the {@link DocumentReader.Read}. */
  record ReadInfo(String location, ContentKind kind, String charset, List<String> flags, String error,
      LocalDate published) {
    ReadInfo {
      flags = flags == null ? List.of() : List.copyOf(flags);
    }

    static ReadInfo of(DocumentReader.Read r) {
      Decoded d = r.decoded();
      return new ReadInfo(r.source().location(), d == null ? null : d.kind(), d == null ? null : d.charset(),
          d == null ? List.of() : d.flags(), r.error(), r.published());
    }

    DocumentReader.Read toRead(String id, String sha256, String text) {
      Decoded d = kind == null || text == null ? null : new Decoded(text, kind, charset, flags);
      return new DocumentReader.Read(new Source(id, location, null, null, null), sha256, d, error, published);
    }
  }

  private Codec() {
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + o.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static Passages passages(String json) {
    return parse(json, Passages.class);
  }

  static ReadInfo readInfo(String json) {
    return parse(json, ReadInfo.class);
  }

  private static <T> T parse(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the store holds an unreadable " + type.getSimpleName() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  static byte[] floats(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static float[] floats(byte[] bytes) {
    float[] v = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }
}
