package io.dossier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's English maximum-entropy part-of-speech tagger with Penn Treebank tags (the 1.5
 * model on Maven Central, {@code /en-pos-maxent.bin}). The model loads once per JVM (about 5 MB,
 * under a second); OpenNLP's taggers are not thread-safe, so each thread gets its own.
 */
public final class PennTagger {
  private static volatile POSModel model;
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(model(), POSTagFormat.PENN));

  private PennTagger() {
  }

  /** The Penn tag of each token ("said" VBD, "is" VBZ, "will" MD). */
  public static String[] tag(String[] tokens) {
    return tokens.length == 0 ? new String[0] : TAGGER.get().tag(tokens);
  }

  /** The shared model, loaded on first use. */
  public static POSModel model() {
    POSModel m = model;
    if (m == null) {
      synchronized (PennTagger.class) {
        if (model == null) {
          model = load();
        }
        m = model;
      }
    }
    return m;
  }

  private static POSModel load() {
    try (InputStream in = PennTagger.class.getResourceAsStream("/en-pos-maxent.bin")) {
      if (in == null) {
        throw new IllegalStateException("/en-pos-maxent.bin is missing from the classpath (opennlp-postag-models jar)");
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load /en-pos-maxent.bin", e);
    }
  }
}
