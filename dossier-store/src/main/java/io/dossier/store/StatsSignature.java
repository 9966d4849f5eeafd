package io.dossier.store;

import io.dossier.clean.CorpusStats;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the corpus's line statistics say about one text dump: the number of documents and, for
 * each of its lines, how many documents hold that line. Cleaning a text dump reads nothing else
 * of the statistics, so two statistics with the same signature clean it the same way. Stateless.
 */
final class StatsSignature {
  private StatsSignature() {
  }

  static String of(CorpusStats stats, String text) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
    ByteBuffer b = ByteBuffer.allocate(4);
    md.update(b.putInt(0, stats.documents()).array());
    for (String line : text.split("\\R")) {
      md.update(b.putInt(0, stats.documentsWith(line)).array());
    }
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }
}
