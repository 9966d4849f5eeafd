package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  private static final String ARTICLE = "<html><head><title>Bridge closes</title>"
      + "<meta property='article:published_time' content='2024-03-05T08:00:00Z'></head><body>"
      + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge closes</h1>"
      + "<p>The harbour bridge will close to traffic for two months from April, the council said.</p>"
      + "<p>Engineers will replace corroded cables during the closure, officials said on Tuesday.</p>"
      + "</article><footer>Copyright 2024</footer></body></html>";

  private record Run(int code, List<JsonNode> lines, String err) {
  }

  private static Run run(String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new DossierCli());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String l : out.toString().split("\n")) {
      if (!l.isBlank()) {
        lines.add(json.readTree(l));
      }
    }
    return new Run(code, lines, err.toString());
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void printsOneJsonLinePerPageWithTheArticleText(@TempDir Path dir) throws IOException {
    Path page = Files.writeString(dir.resolve("bridge.html"), ARTICLE);
    Run r = run("extract", page.toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(1);
    JsonNode l = r.lines().get(0);
    assertThat(l.get("source").asText()).isEqualTo(page.toString());
    assertThat(l.get("title").asText()).isEqualTo("Bridge closes");
    assertThat(l.get("published").asText()).isEqualTo("2024-03-05");
    assertThat(l.get("text").asText()).isEqualTo(
        "The harbour bridge will close to traffic for two months from April, the council said.\n\n"
            + "Engineers will replace corroded cables during the closure, officials said on Tuesday.");
    assertThat(l.get("error").isNull()).isTrue();
  }

  @Test
  void readsGzipTextDumpsWarcsAndDirectoriesAndReportsBadFiles(@TempDir Path dir) throws IOException {
    Path sub = Files.createDirectories(dir.resolve("pile"));
    Files.write(sub.resolve("a.html.gz"), gzip(ARTICLE.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(sub.resolve("b.txt"), "Bridge closes\n\nThe harbour bridge will close to traffic for two "
        + "months from April, the council said on Tuesday.\n\nEngineers will replace corroded cables during "
        + "the closure, officials said.\n");
    byte[] gz = gzip(ARTICLE.getBytes(StandardCharsets.UTF_8));
    Files.write(sub.resolve("c.html.gz"), Arrays.copyOf(gz, gz.length / 2));
    byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] block = concat(http.getBytes(StandardCharsets.ISO_8859_1), body);
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "WARC-Date: 2020-01-02T03:04:05Z\r\nWARC-Target-URI: https://example.org/bridge\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
    Files.write(sub.resolve("d.warc.gz"), gzip(concat(head.getBytes(StandardCharsets.ISO_8859_1), block,
        "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1))));
    Run r = run("extract", sub.toString(), dir.resolve("missing.html").toString());
    assertThat(r.code()).isZero();
    assertThat(r.lines()).hasSize(5);
    assertThat(r.lines().get(0).get("text").asText()).startsWith("The harbour bridge");
    assertThat(r.lines().get(1).get("text").asText()).contains("The harbour bridge will close");
    assertThat(r.lines().get(2).get("error").asText()).contains("gzip");
    JsonNode warc = r.lines().get(3);
    assertThat(warc.get("source").asText()).contains("d.warc.gz#0").contains("https://example.org/bridge");
    assertThat(warc.get("text").asText()).startsWith("The harbour bridge");
    assertThat(warc.get("published").asText()).isEqualTo("2024-03-05");
    assertThat(r.lines().get(4).get("error").asText()).contains("no such file");
  }

  @Test
  void withoutFilesItIsAUsageError() throws IOException {
    Run r = run("extract");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("FILE");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
