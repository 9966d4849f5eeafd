package io.dossier.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Writes small text files (report, brief) to any Hadoop file system. Stateless. */
final class Outputs {
  private Outputs() {
  }

  static void write(Configuration conf, String dir, String name, String content) throws IOException {
    Path p = new Path(dir.replaceAll("/+$", "") + "/" + name);
    FileSystem fs = p.getFileSystem(conf);
    fs.mkdirs(p.getParent());
    try (OutputStream out = fs.create(p, true)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
