package io.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.render.BriefJson;
import io.dossier.render.HtmlRenderer;
import io.dossier.render.MarkdownRenderer;
import io.dossier.testing.BriefInvariants;
import io.dossier.testing.FakeEmbedder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash corpus in the manner of jsoup's FuzzFixesTest, generated at test time: binary,
 * empty, oversized, mis-encoded, script-only, non-English, unreadable and very many files
 * in one pile. The run must not throw; every bad document carries a clear error or flag;
 * the good ones are read and the brief holds its invariants.
 */
class CrashCorpusTest {
  private static final String ARTICLE_A = String.join("\n",
      "Why The Harbour Ferry Is Being Replaced",
      "The council voted on Tuesday to replace the harbour ferry with a bridge, because the old ferry has become "
          + "too expensive to repair and too slow for the growing number of commuters.",
      "Engineers told the council that the ferry's engines would need a full overhaul within two years, and that "
          + "the cost of that overhaul would come close to the price of a new bridge.",
      "Residents of the island worry that bridge tolls will be higher than ferry fares, and some fear that the "
          + "bridge will bring heavy traffic through their quiet streets.",
      "The mayor said the bridge would be safer in winter storms, when the ferry is often cancelled for days and "
          + "the island is cut off from the hospital on the mainland.");
  private static final String ARTICLE_B = String.join("\n",
      "Council Backs Bridge Over Ferry",
      "Councillors backed the new bridge because repairs to the ageing ferry would cost almost as much as building "
          + "it, according to a report by the city's engineers.",
      "The report found that winter storms cancelled the ferry on more than forty days last year, leaving the "
          + "island without a link to the mainland hospital.",
      "Opponents said tolls on the bridge would hurt families on the island, and that the council had not "
          + "studied cheaper ways to keep the ferry running.",
      "The mayor insisted the bridge was the safer choice and said construction could begin within eighteen "
          + "months if the budget is approved.");
  private static final String GERMAN = String.join("\n",
      "Warum die F\u00E4hre ersetzt wird",
      "Der Stadtrat hat am Dienstag beschlossen, die alte F\u00E4hre im Hafen durch eine Br\u00FCcke zu ersetzen, "
          + "weil die Reparatur der Motoren fast so viel kosten w\u00FCrde wie der Bau einer neuen Br\u00FCcke.",
      "Die Bewohner der Insel bef\u00FCrchten, dass die Maut f\u00FCr die Br\u00FCcke h\u00F6her sein wird als "
          + "der Fahrpreis der F\u00E4hre, und dass mehr Verkehr durch ihre ruhigen Stra\u00DFen rollen wird.",
      "Der B\u00FCrgermeister sagte, die Br\u00FCcke sei bei Winterst\u00FCrmen sicherer, wenn die F\u00E4hre oft "
          + "tagelang ausf\u00E4llt und die Insel vom Krankenhaus auf dem Festland abgeschnitten ist.");

  @TempDir
  static Path dir;
  private static Brief brief;
  private static Map<String, Page> byId;
  private static boolean root;

  @BeforeAll
  static void runThePipelineOverTheCrashCorpus() throws IOException {
    Path c = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(c.resolve("good-a.txt"), ARTICLE_A);
    Files.writeString(c.resolve("good-b.html"), "<!DOCTYPE html><html><head><title>Council Backs Bridge</title>"
        + "<script>var x = '<p>not text</p>';</script></head><body><nav>Home | News</nav><article>"
        + Arrays.stream(ARTICLE_B.split("\n")).map(l -> "<p>" + l + "</p>").reduce("", String::concat)
        + "</article><footer>Copyright</footer></body></html>");
    Random r = new Random(7);
    byte[] png = new byte[4096];
    r.nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
    Files.write(c.resolve("image.txt"), png);
    byte[] noise = new byte[4096];
    r.nextBytes(noise);
    noise[100] = 0;
    Files.write(c.resolve("noise.bin"), noise);
    Files.write(c.resolve("empty.txt"), new byte[0]);
    Files.writeString(c.resolve("blank.txt"), " \n\n\t \r\n ");
    try (RandomAccessFile big = new RandomAccessFile(c.resolve("huge.txt").toFile(), "rw")) {
      big.setLength(50L << 20); // 50 MB; refused by size before it is read
    }
    byte[] latin = ARTICLE_B.replace("bridge", "pont\u00E9 bridge").getBytes(Charset.forName("windows-1252"));
    byte[] bad = Arrays.copyOf(latin, latin.length + 3);
    bad[latin.length] = (byte) 0xC3;
    bad[latin.length + 1] = (byte) 0x28;
    bad[latin.length + 2] = (byte) 0xFF;
    Files.write(c.resolve("invalid-utf8.txt"), bad);
    // UTF-8 with a few stray windows-1252 bytes: only those are replaced
    String accented = ARTICLE_A.replace("council", "conse\u00E9il council").replace("mayor", "ma\u00EFre mayor")
        .replace("ferry", "f\u00E9rry ferry");
    byte[] utf8 = accented.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    int lines = 0;
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == '\n' && lines++ == 1) {
        stray.write(0xE9);
      }
      stray.write(utf8[i]);
    }
    Files.write(c.resolve("mostly-utf8.txt"), stray.toByteArray());
    ByteArrayOutputStream u16 = new ByteArrayOutputStream();
    u16.write(0xFF);
    u16.write(0xFE);
    u16.write(ARTICLE_A.replace("Harbour", "Harbour \uD83D\uDEA2").getBytes(StandardCharsets.UTF_16LE));
    Files.write(c.resolve("utf16.txt"), u16.toByteArray());
    Files.writeString(c.resolve("all-script.html"), "<html><head><script>" + "var a = 1;\n".repeat(2000)
        + "</script></head><body><script>document.write('<p>hello</p>')</script><style>p{}</style></body></html>");
    Files.writeString(c.resolve("german.txt"), GERMAN);
    Files.writeString(c.resolve("archive.warc"), "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n");
    Files.writeString(c.resolve("README.md"), "# About this corpus\n");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(ARTICLE_A.repeat(20).getBytes(StandardCharsets.UTF_8));
    }
    Files.write(c.resolve("cut.txt.gz"), Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
    Files.writeString(c.resolve("one-long-line.txt"), ("the ferry and the bridge and the council " + "word ".repeat(40)
        + "end. ").repeat(2000));
    Files.createSymbolicLink(c.resolve("dangling.txt"), c.resolve("no-such-target.txt"));
    Path locked = Files.writeString(c.resolve("locked.txt"), ARTICLE_A.replace("ferry", "boat"));
    locked.toFile().setReadable(false, false);
    root = Files.isReadable(locked); // root reads anything: then this one is simply read
    Path many = Files.createDirectories(c.resolve("many"));
    String[] words = {"ferry", "bridge", "council", "tolls", "island", "storm", "mayor", "engineers", "repairs",
        "budget", "harbour", "traffic", "residents", "hospital", "winter", "vote"};
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder("Note ").append(i).append(".\n");
      for (int s = 0; s < 2; s++) {
        sb.append("The");
        for (int w = 0; w < 12; w++) {
          sb.append(' ').append(words[r.nextInt(words.length)]);
        }
        sb.append(s == 0 ? " because of the " + words[r.nextInt(words.length)] + ". " : ".\n");
      }
      Files.writeString(many.resolve(String.format("n%04d.txt", i)), sb);
    }

    BriefConfig config = new BriefConfig("Why is the council replacing the harbour ferry?",
        new Limits(8L << 20, 16L << 20, 1000), PointSettings.DEFAULT, 2, 0.5);
    brief = Assertions.assertTimeoutPreemptively(Duration.ofMinutes(3),
        () -> new BriefPipeline(config, new FakeEmbedder()).run(List.of(c.toString(),
            "http://127.0.0.1:9/secret.html", "http://2130706433:9/secret.html"), Progress.NONE));
    byId = new HashMap<>();
    for (Page p : brief.documents()) {
      byId.put(p.id(), p);
    }
  }

  private static Page doc(String id) {
    assertThat(byId).containsKey(id);
    return byId.get(id);
  }

  private static void assertError(String id, String... fragments) {
    Page p = doc(id);
    assertThat(p.readable()).as("%s is reported as unreadable", id).isFalse();
    assertThat(p.error()).as("error of %s", id).contains(fragments);
  }

  @Test
  void everyInputIsListedAndTheBriefHoldsItsInvariants() {
    assertThat(brief.documents()).hasSize(18 + 3000 + 2);
    BriefInvariants.check(brief);
    String json = BriefJson.write(brief);
    assertThat(json).contains("\"schema\" : \"dossier.brief/1\"");
    assertThat(new MarkdownRenderer().render(brief)).contains("documents read");
    assertThat(new HtmlRenderer().render(brief)).endsWith("</html>\n");
  }

  @Test
  void theGoodArticlesAreReadAndCited() {
    assertThat(doc("good-a").readable()).isTrue();
    assertThat(doc("good-a").flags()).doesNotContain("not-english");
    assertThat(doc("good-b").readable()).isTrue();
    assertThat(doc("good-b").text()).doesNotContain("not text", "var x");
    assertThat(doc("utf16").readable()).isTrue();
    assertThat(doc("utf16").text()).contains("Harbour \uD83D\uDEA2");
    assertThat(brief.keyPoints()).isNotEmpty();
  }

  @Test
  void binaryFilesAreRefusedAsBinary() {
    assertError("image", "binary", "PNG");
    assertError("noise", "binary");
  }

  @Test
  void emptyAndBlankFilesSaySo() {
    assertError("empty", "empty file");
    assertError("blank", "white space");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedNamingTheLimit() {
    assertError("huge", "over the 8 MB limit");
  }

  @Test
  void invalidUtf8IsReadAndFlaggedAsGuessed() {
    Page p = doc("invalid-utf8");
    assertThat(p.readable()).isTrue();
    assertThat(p.flags()).anyMatch(f -> f.startsWith("encoding-guessed") || f.equals("decode-errors"));
  }

  @Test
  void mostlyValidUtf8KeepsItsReadingWithOnlyTheBadBytesReplaced() {
    Page p = doc("mostly-utf8");
    assertThat(p.readable()).isTrue();
    assertThat(p.flags()).contains("decode-errors");
    assertThat(p.text()).contains("conse\u00E9il council", "ma\u00EFre mayor");
  }

  @Test
  void aUrlIntoThisMachineIsRefusedBeforeAnyRequest() {
    List<Page> urls = brief.documents().stream().filter(d -> d.source().startsWith("http://")).toList();
    assertThat(urls).hasSize(2).allSatisfy(d -> assertThat(d.error()).contains("refused to fetch", "loopback"));
  }

  @Test
  void aPageThatIsAllScriptHasNoArticle() {
    assertError("all-script", "no article text");
  }

  @Test
  void aGermanArticleIsReadButFlaggedNotEnglishAndNeverCited() {
    Page p = doc("german");
    assertThat(p.readable()).isTrue();
    assertThat(p.flags()).contains("not-english");
    assertThat(BriefInvariants.allSpans(brief)).noneMatch(s -> s.doc().equals("german"));
  }

  @Test
  void unreadableFilesGetAClearError() {
    assertError("dangling", "no such file");
    assertError("cut", "broken gzip");
    assertError("archive", "WARC");
    assertError("README", "skipped");
    Page locked = doc("locked");
    if (root) {
      assertThat(locked.readable()).as("root reads a chmod 000 file").isTrue();
    } else {
      assertThat(locked.error()).startsWith("cannot read");
    }
  }

  @Test
  void aVeryLongLineIsReadWithoutTrouble() {
    assertThat(doc("one-long-line").error()).isNull();
  }

  @Test
  void aDirectoryOfThreeThousandSmallFilesIsReadInFull() {
    long read = brief.documents().stream().filter(p -> p.id().matches("n\\d{4}")).filter(Page::readable).count();
    assertThat(read).isEqualTo(3000);
  }

  @Test
  void aNamedPipeInTheInputIsReportedNotReadForever() throws Exception {
    Path d = Files.createDirectories(dir.resolve("with-fifo"));
    Files.writeString(d.resolve("article.txt"), ARTICLE_A);
    Path fifo = d.resolve("pipe.txt");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo unavailable; skipping");
    BriefConfig config = new BriefConfig("Why is the ferry replaced?", Limits.DEFAULT, PointSettings.DEFAULT, 1, 0.5);
    try {
      Brief b = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> new BriefPipeline(config, new FakeEmbedder()).run(List.of(d.toString()), Progress.NONE));
      assertThat(b.documents()).filteredOn(x -> x.id().equals("pipe")).allSatisfy(x -> assertThat(x.error()).isNotNull());
    } finally {
      // Unblock a reader stuck on the pipe so that its thread can end. Read-write never blocks
      // on a FIFO on Linux (a write-only open would wait forever when nothing reads it).
      try (var unused = new java.io.RandomAccessFile(fifo.toFile(), "rw")) {
        // opening releases a blocked open; closing gives it EOF
      } catch (IOException ignored) {
        // nothing was waiting
      }
    }
  }
}
