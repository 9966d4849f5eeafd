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
  private static volatile POSModel greedyModel;
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(model(), POSTagFormat.PENN));
  private static final ThreadLocal<POSTaggerME> GREEDY =
      ThreadLocal.withInitial(() -> new POSTaggerME(greedyModel(), POSTagFormat.PENN));

  private PennTagger() {
  }

  /** The Penn tag of each token ("said" VBD, "is" VBZ, "will" MD). */
  public static String[] tag(String[] tokens) {
    return tokens.length == 0 ? new String[0] : TAGGER.get().tag(tokens);
  }

  /**
   * The same model decoded greedily (a beam of one instead of OpenNLP's three): about three
   * times faster, for stages that tag many sentences and read only a few coarse tags (a verb,
   * a noun); key point labels keep the beam.
   */
  public static String[] tagGreedy(String[] tokens) {
    return tokens.length == 0 ? new String[0] : GREEDY.get().tag(tokens);
  }

  /** Loads the greedy model now (call from a background thread to overlap the load with other work). */
  public static void warmUpGreedy() {
    greedyModel();
  }

  private static POSModel greedyModel() {
    POSModel m = greedyModel;
    if (m == null) {
      synchronized (PennTagger.class) {
        if (greedyModel == null) {
          greedyModel = load(1);
        }
        m = greedyModel;
      }
    }
    return m;
  }

  /** The shared model, loaded on first use. */
  public static POSModel model() {
    POSModel m = model;
    if (m == null) {
      synchronized (PennTagger.class) {
        if (model == null) {
          model = load(0);
        }
        m = model;
      }
    }
    return m;
  }

  /**
   * Loads the model; {@code beam > 0} rewrites its manifest's {@code BeamSize} (the model file
   * is a zip of a manifest, a tag dictionary and the maxent weights; OpenNLP reads the beam
   * width from the manifest).
   */
  private static POSModel load(int beam) {
    try (InputStream in = PennTagger.class.getResourceAsStream("/en-pos-maxent.bin")) {
      if (in == null) {
        throw new IllegalStateException("/en-pos-maxent.bin is missing from the classpath (opennlp-postag-models jar)");
      }
      if (beam <= 0) {
        return new POSModel(in);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try (java.util.zip.ZipInputStream zin = new java.util.zip.ZipInputStream(in);
          java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(out)) {
        for (java.util.zip.ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
          byte[] bytes = zin.readAllBytes();
          if (e.getName().equals("manifest.properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.ByteArrayInputStream(bytes));
            p.setProperty("BeamSize", Integer.toString(beam));
            java.io.ByteArrayOutputStream m = new java.io.ByteArrayOutputStream();
            p.store(m, null);
            bytes = m.toByteArray();
          }
          zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
          zout.write(bytes);
          zout.closeEntry();
        }
      }
      return new POSModel(new java.io.ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load /en-pos-maxent.bin", e);
    }
  }
}
