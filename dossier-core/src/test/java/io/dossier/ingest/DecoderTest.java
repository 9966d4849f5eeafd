package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private static final String TEXT = "Caf\u00E9 society \u2014 \u201Cquoted\u201D na\u00EFve text, \u00FCber \u20AC5.";
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private final Decoder decoder = new Decoder();

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  @Test
  void utf8IsDecodedWithoutFlags() throws Exception {
    Decoded d = decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt", null);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.kind()).isEqualTo(ContentKind.TEXT);
    assertThat(d.flags()).isEmpty();
  }

  @Test
  void mostlyValidUtf8HasOnlyItsBadBytesReplaced() throws Exception {
    StringBuilder b = new StringBuilder();
    while (b.length() < 9_700) {
      b.append(TEXT).append('\n');
    }
    byte[] good = b.toString().getBytes(StandardCharsets.UTF_8);
    // ten stray windows-1252 bytes, each at a line start (between whole characters)
    byte[] bad = insertAtLineStarts(good, 10, 0xE9);
    Decoded d = decoder.decode(bad, "notes.txt", null);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.flags()).contains("decode-errors");
    assertThat(d.text().chars().filter(c -> c == 0xFFFD).count()).isEqualTo(10);
    assertThat(d.text()).contains("Caf\u00E9 society").doesNotContain("\u00C3");
    // text really in windows-1252 keeps that reading
    Decoded legacy = decoder.decode(b.toString().replace("\u2014", "-").replace("\u20AC", "EUR")
        .replace("\u201C", "\"").replace("\u201D", "\"").getBytes(CP1252), "old.txt", null);
    assertThat(legacy.text()).contains("Caf\u00E9 society");
    assertThat(legacy.flags()).doesNotContain("decode-errors");
  }

  private static byte[] insertAtLineStarts(byte[] text, int count, int stray) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int lines = 0;
    for (byte c : text) {
      if (c == '\n') {
        lines++;
      }
      out.write(c);
      if (c == '\n' && lines % 7 == 0 && lines / 7 <= count) {
        out.write(stray);
      }
    }
    return out.toByteArray();
  }

  @Test
  void utf8ByteOrderMarkIsDroppedFromTheText() throws Exception {
    Decoded d = decoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)), "a.txt", null);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.charset()).isEqualTo("UTF-8");
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsDecoded() throws Exception {
    Decoded d = decoder.decode(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)), "a.txt", null);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void utf16BigEndianWithByteOrderMarkIsDecoded() throws Exception {
    Decoded d = decoder.decode(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)), "a.txt", null);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.charset()).isEqualTo("UTF-16BE");
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytesAndFlaggedAsGuessed() throws Exception {
    String s = "Plain text that is long enough to show its zero bytes.";
    Decoded d = decoder.decode(s.getBytes(StandardCharsets.UTF_16LE), "a.txt", null);
    assertThat(d.text()).isEqualTo(s);
    assertThat(d.flags()).contains("encoding-guessed:UTF-16LE");
  }

  @Test
  void windows1252BytesWithCurlyQuotesAreDecodedAsWindows1252() throws Exception {
    String s = "He said \u201Cno\u201D and \u2018yes\u2019 \u2014 it costs 5\u20AC at the caf\u00E9.";
    Decoded d = decoder.decode(s.getBytes(CP1252), "a.txt", null);
    assertThat(d.text()).isEqualTo(s);
    assertThat(d.charset()).isEqualTo("windows-1252");
    assertThat(d.flags()).anyMatch(f -> f.startsWith("encoding-guessed"));
  }

  @Test
  void aMetaCharsetThatIsRightIsUsed() throws Exception {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + TEXT + "</p></body></html>";
    Decoded d = decoder.decode(html.getBytes(CP1252), "page.html", null);
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.charset()).isEqualTo("windows-1252");
    assertThat(d.kind()).isEqualTo(ContentKind.HTML);
    assertThat(d.flags()).isEmpty();
  }

  @Test
  void aMetaCharsetThatIsWrongIsFlaggedAndTheBytesAreStillReadRight() throws Exception {
    // Declares UTF-8, but the bytes are windows-1252 (0x93/0x94 quotes are invalid UTF-8).
    String html = "<html><head><meta charset=\"utf-8\"></head><body><p>" + TEXT + "</p></body></html>";
    Decoded d = decoder.decode(html.getBytes(CP1252), "page.html", null);
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.flags()).contains("declared-charset-wrong:utf-8");
  }

  @Test
  void aMetaLatin1DeclarationOnUtf8BytesThatCannotBeLatin1IsFlaggedAndReadAsUtf8() throws Exception {
    // The closing curly quote is E2 80 9D in UTF-8; 0x9D is undefined in windows-1252.
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + TEXT + "</p></body></html>";
    Decoded d = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "page.html", null);
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.flags()).contains("declared-charset-wrong:iso-8859-1");
  }

  @Test
  void aMetaLatin1DeclarationOnValidUtf8IsReadAsUtf8() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00E9 na\u00EFve \u00FCber</p></body></html>";
    Decoded d = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "page.html", null);
    assertThat(d.text()).isEqualTo(html);
    assertThat(d.text()).doesNotContain("\u00C3");
  }

  @Test
  void aTransportCharsetWinsOverTheMetaTag() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00E9 na\u00EFve</p></body></html>";
    Decoded d = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "page.html", "text/html; charset=utf-8");
    assertThat(d.text()).isEqualTo(html);
  }

  @Test
  void invalidUtf8IsReadWithoutFailingAndFlaggedAsGuessed() throws Exception {
    byte[] b = bytes('T', 'h', 'e', ' ', 0xC3, 0x28, ' ', 'c', 'a', 't', ' ', 0xFF, ' ', 's', 'a', 't', '.');
    Decoded d = decoder.decode(b, "a.txt", null);
    assertThat(d.text()).startsWith("The ").endsWith(" sat.");
    assertThat(d.flags()).anyMatch(f -> f.startsWith("encoding-guessed") || f.equals("decode-errors"));
  }

  @Test
  void invalidBytesAfterAUtf8ByteOrderMarkAreFlaggedAsDecodeErrors() throws Exception {
    Decoded d = decoder.decode(bytes(0xEF, 0xBB, 0xBF, 'a', 0x93, 'b'), "a.txt", null);
    assertThat(d.flags()).contains("decode-errors");
  }

  @Test
  void aPngIsRefusedAsBinaryWithAClearMessage() {
    assertThatThrownBy(() -> decoder.decode(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'),
        "image.txt", null))
        .isInstanceOf(Decoder.NotTextException.class)
        .hasMessageContaining("binary").hasMessageContaining("PNG");
  }

  @Test
  void nulBytesAreRefusedAsBinary() {
    assertThatThrownBy(() -> decoder.decode(bytes('a', 'b', 0, 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'), "x.txt", null))
        .isInstanceOf(Decoder.NotTextException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void aPdfIsRefusedAsBinary() {
    assertThatThrownBy(() -> decoder.decode("%PDF-1.4\n%stuff".getBytes(StandardCharsets.US_ASCII), "x.txt", null))
        .isInstanceOf(Decoder.NotTextException.class)
        .hasMessageContaining("PDF");
  }

  @Test
  void anEmptyFileIsAnError() {
    assertThatThrownBy(() -> decoder.decode(new byte[0], "x.txt", null))
        .isInstanceOf(Decoder.NotTextException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void aFileOfOnlyWhiteSpaceIsAnError() {
    assertThatThrownBy(() -> decoder.decode(" \n\t\r\n  ".getBytes(StandardCharsets.US_ASCII), "x.txt", null))
        .isInstanceOf(Decoder.NotTextException.class)
        .hasMessageContaining("white space");
  }

  @Test
  void controlCharactersBecomeSpacesOneForOneSoOffsetsStay() throws Exception {
    String prose = "A long enough line of ordinary prose so that one stray control byte is noise. ";
    Decoded d = decoder.decode((prose + "a\u0007b\tc\nd").getBytes(StandardCharsets.UTF_8), "x.txt", null);
    assertThat(d.text()).isEqualTo(prose + "a b\tc\nd");
  }

  @Test
  void kindIsSniffedFromNameAndContent() throws Exception {
    assertThat(decoder.decode("<!DOCTYPE html><html><body>x</body></html>".getBytes(), "a.txt", null).kind())
        .isEqualTo(ContentKind.HTML);
    assertThat(decoder.decode("Plain words.".getBytes(), "a.html.gz", null).kind()).isEqualTo(ContentKind.HTML);
    assertThat(decoder.decode("WARC/1.0\r\nWARC-Type: response\r\n".getBytes(), "a.bin", null).kind())
        .isEqualTo(ContentKind.WARC);
    assertThat(decoder.decode("A dump mentioning <div> in prose.".getBytes(), "a.txt", null).kind())
        .isEqualTo(ContentKind.TEXT);
  }
}
