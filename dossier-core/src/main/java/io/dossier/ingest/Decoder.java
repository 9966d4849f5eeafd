package io.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text. The charset is chosen in this order: a byte-order mark; UTF-16
 * without a mark (alternating zero bytes); a charset declared by the transport or inside the
 * document ({@code <meta charset>}, {@code http-equiv}, XML declaration) when the bytes
 * decode cleanly in it; strict UTF-8; juniversalchardet's guess; windows-1252, which decodes
 * anything. Binary content (images, PDFs, executables) is refused. Stateless and thread-safe.
 */
public final class Decoder {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET = Pattern.compile(
      "charset\\s*=\\s*\"?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  /** Thrown for content that is not text at all; the message is the per-document error. */
  public static final class NotTextException extends Exception {
    public NotTextException(String message) {
      super(message);
    }
  }

  public Decoded decode(byte[] bytes, String name, String contentType) throws NotTextException {
    List<String> flags = new ArrayList<>();
    if (bytes.length == 0) {
      throw new NotTextException("empty file");
    }
    String magic = binaryMagic(bytes);
    if (magic != null) {
      throw new NotTextException("binary file (" + magic + "), not text, HTML or WARC");
    }
    Charset charset;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      charset = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      charset = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      charset = unmarkedUtf16(bytes);
      if (charset == null) {
        if (looksBinary(bytes)) {
          throw new NotTextException("binary file (control bytes), not text, HTML or WARC");
        }
        charset = chooseCharset(bytes, contentType, flags);
      } else {
        flags.add("encoding-guessed:" + charset.name());
      }
    }
    String text = new String(bytes, skip, bytes.length - skip, charset);
    if (text.indexOf('\uFFFD') >= 0) {
      flags.add("decode-errors");
    }
    text = stripControls(text);
    if (text.isBlank()) {
      throw new NotTextException("no text: the file is empty or only white space");
    }
    return new Decoded(text, sniffKind(text, name), charset.name(), flags);
  }

  private static Charset chooseCharset(byte[] bytes, String contentType, List<String> flags) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    String declared = null;
    if (contentType != null) {
      Matcher m = HEADER_CHARSET.matcher(contentType);
      if (m.find()) {
        declared = m.group(1);
      }
    }
    if (declared == null) {
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = m.group(1);
      } else {
        Matcher x = XML_ENCODING.matcher(head);
        if (x.find()) {
          declared = x.group(1);
        }
      }
    }
    Charset d = lookup(declared);
    // Quirk: pages that declare a single-byte charset but were saved as UTF-8 are common
    // (a CMS template kept its old meta tag). Multi-byte UTF-8 that decodes cleanly is very
    // unlikely by chance in a legacy encoding, so it wins over such a declaration.
    if (d != null && !d.equals(StandardCharsets.UTF_8) && isSingleByte(d) && hasMultiByteUtf8(bytes)
        && decodesCleanly(bytes, StandardCharsets.UTF_8)) {
      flags.add("declared-charset-wrong:" + declared.toLowerCase(Locale.ROOT));
      return StandardCharsets.UTF_8;
    }
    boolean mostlyUtf8 = mostlyUtf8(bytes);
    if (d != null && !d.equals(StandardCharsets.UTF_8) && isSingleByte(d) && mostlyUtf8) {
      flags.add("declared-charset-wrong:" + declared.toLowerCase(Locale.ROOT));
      return StandardCharsets.UTF_8;
    }
    if (d != null && decodesCleanly(bytes, d)) {
      return d;
    }
    if (declared != null) {
      flags.add("declared-charset-wrong:" + declared.toLowerCase(Locale.ROOT));
    }
    if (decodesCleanly(bytes, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    if (mostlyUtf8) {
      // the bad bytes alone become U+FFFD (flagged "decode-errors"); the rest reads as written
      return StandardCharsets.UTF_8;
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    Charset guess = lookup(detector.getDetectedCharset());
    if (guess != null && !guess.equals(StandardCharsets.UTF_8) && decodesCleanly(bytes, guess)) {
      flags.add("encoding-guessed:" + guess.name());
      return guess;
    }
    flags.add("encoding-guessed:windows-1252");
    return Charset.forName("windows-1252");
  }

  private static Charset lookup(String name) {
    if (name == null) {
      return null;
    }
    try {
      String n = name.trim();
      // Quirk: pages declare latin-1 but are written in windows-1252 (curly quotes in 0x80-0x9F);
      // browsers treat the two as one, so do we.
      if (n.equalsIgnoreCase("iso-8859-1") || n.equalsIgnoreCase("latin1") || n.equalsIgnoreCase("us-ascii")) {
        n = "windows-1252";
      }
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isSingleByte(Charset cs) {
    return cs.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private static boolean hasMultiByteUtf8(byte[] b) {
    for (int i = 0; i + 1 < b.length; i++) {
      int c = b[i] & 0xff;
      if (c >= 0xC2 && c <= 0xF4 && (b[i + 1] & 0xC0) == 0x80) {
        return true;
      }
    }
    return false;
  }

  /**
   * UTF-8 with a few bad bytes (a truncated copy, one pasted line in another encoding): well-formed
   * multi-byte sequences outnumber the stray high bytes at least three to one, and there are a
   * few of them. Text in a single-byte encoding almost never forms one: its accented letters are
   * lone high bytes between ASCII ones.
   */
  static boolean mostlyUtf8(byte[] b) {
    int good = 0;
    int bad = 0;
    for (int i = 0; i < b.length; ) {
      int c = b[i] & 0xff;
      int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 1) {
        i++;
        continue;
      }
      boolean ok = len > 0 && i + len <= b.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        good++;
        i += len;
      } else {
        bad++;
        i++;
      }
    }
    return bad > 0 && good >= MIN_UTF8_SEQUENCES && good >= 3 * bad;
  }

  /** Fewer well-formed sequences than this say too little about the encoding. */
  private static final int MIN_UTF8_SEQUENCES = 3;

  static boolean decodesCleanly(byte[] bytes, Charset cs) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer ignored = dec.decode(ByteBuffer.wrap(bytes));
      return ignored != null;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** UTF-16 without a byte-order mark shows as zero bytes in every other position. */
  private static Charset unmarkedUtf16(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZero++;
      }
      if (b[i + 1] == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
        control++;
      }
    }
    return control > n * 0.02;
  }

  private static String binaryMagic(byte[] b) {
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
      return "PDF";
    }
    if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
      return "PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
      return "GIF image";
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      return "ZIP archive or office document";
    }
    if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
      return "executable";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Control characters other than tab and line breaks become spaces, one for one. */
  private static String stripControls(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f || c == '\uFEFF';
      if (bad) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, ' ');
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** HTML by name or by content; WARC by its version line; plain text otherwise. */
  static ContentKind sniffKind(String text, String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("warc/1.")) {
      return ContentKind.WARC;
    }
    if (n.matches(".*\\.x?html?(\\.gz)?$")) {
      return ContentKind.HTML;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        && head.contains("<html")) {
      return ContentKind.HTML;
    }
    if (!n.endsWith(".txt") && !n.endsWith(".txt.gz")
        && (head.contains("<body") || head.contains("<head") || head.contains("<div"))) {
      return ContentKind.HTML;
    }
    return ContentKind.TEXT;
  }
}
