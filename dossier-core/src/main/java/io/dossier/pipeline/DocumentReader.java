package io.dossier.pipeline;

import io.dossier.clean.CorpusStats;
import io.dossier.clean.Extraction;
import io.dossier.clean.Extractor;
import io.dossier.clean.Language;
import io.dossier.clean.TextDumpCleaner;
import io.dossier.clean.html.HtmlExtractor;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.ingest.Decoder;
import io.dossier.ingest.Limits;
import io.dossier.ingest.RawDocument;
import io.dossier.ingest.Source;
import io.dossier.ingest.SourceLoader;
import io.dossier.ingest.warc.WarcDocument;
import io.dossier.ingest.warc.WarcSplitter;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.text.SentenceSegmenter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-document stages: {@link #read} (load, un-gzip, decode; a WARC gives one document
 * per response record) and {@link #analyse} (clean, check the language, split into
 * sentences). Pure functions of one document plus, for cleaning, the corpus's line
 * statistics; this is what the brief pipeline runs in parallel and what a store can cache.
 * Bad input becomes a page with an error, never an exception. Thread-safe.
 */
public final class DocumentReader {
  private static final Pattern PATH_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
  private final SourceLoader loader;
  private final Decoder decoder = new Decoder();
  private final Extractor textCleaner = new TextDumpCleaner();
  private final Extractor htmlExtractor = new HtmlExtractor();
  private final WarcSplitter warcs;
  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  public DocumentReader(Limits limits) {
    this.loader = new SourceLoader(limits);
    this.warcs = new WarcSplitter(limits);
  }

  /** A source read and decoded, or the reason it could not be; {@code published} from a WARC date. */
  public record Read(Source source, String sha256, Decoded decoded, String error, LocalDate published) {
    Read(Source source, String sha256, Decoded decoded, String error) {
      this(source, sha256, decoded, error, null);
    }
  }

  /** The corpus line statistics that cleaning text dumps uses, over the read documents. */
  public static CorpusStats stats(List<Read> read) {
    List<String> texts = new ArrayList<>();
    for (Read r : read) {
      if (r.decoded() != null && r.decoded().kind() == ContentKind.TEXT) {
        texts.add(r.decoded().text());
      }
    }
    return CorpusStats.of(texts);
  }

  /**
   * Exceptions are bugs, but one bad input must not sink the brief: it becomes that input's
   * error. So does running out of memory or stack on it: what it allocated is garbage once this
   * frame is left, and the JVM goes on with the other documents.
   */
  public List<Read> read(Source s) {
    try {
      return load(s);
    } catch (RuntimeException e) {
      return List.of(new Read(s, null, null, "could not read this input (" + e + ")"));
    } catch (OutOfMemoryError e) {
      return List.of(new Read(s, null, null, OUT_OF_MEMORY));
    } catch (StackOverflowError e) {
      return List.of(new Read(s, null, null, "could not read this input (it nests too deeply)"));
    }
  }

  static final String OUT_OF_MEMORY = "ran out of memory reading this input: it is too large for this machine's heap "
      + "(split it, or give java a larger -Xmx)";

  /** One source gives one document, or several for a WARC archive. */
  private List<Read> load(Source s) {
    String name = s.name().toLowerCase(java.util.Locale.ROOT);
    if (s.error() == null && s.path() != null && (name.endsWith(".warc") || name.endsWith(".warc.gz"))) {
      return fromWarc(s, warcs.split(s, s.path()));
    }
    RawDocument raw = loader.load(s);
    if (raw.error() != null) {
      return List.of(new Read(s, raw.sha256(), null, raw.error()));
    }
    Read one = decode(raw, null);
    if (one.decoded() != null && one.decoded().kind() == ContentKind.WARC) {
      return fromWarc(s, warcs.split(s, raw.bytes()));
    }
    return List.of(one);
  }

  private List<Read> fromWarc(Source archive, List<WarcDocument> docs) {
    if (docs.isEmpty()) {
      return List.of(new Read(archive, null, null,
          "WARC archive holds no HTML or text response records"));
    }
    List<Read> out = new ArrayList<>();
    for (WarcDocument w : docs) {
      LocalDate date = w.date() == null ? null : w.date().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      if (w.raw().error() != null) {
        out.add(new Read(w.raw().source(), w.raw().sha256(), null, w.raw().error(), date));
      } else {
        out.add(decode(w.raw(), date));
      }
    }
    return out;
  }

  private Read decode(RawDocument raw, LocalDate published) {
    Source s = raw.source();
    try {
      return new Read(s, raw.sha256(), decoder.decode(raw.bytes(), s.name(), raw.contentType()), null, published);
    } catch (Decoder.NotTextException e) {
      return new Read(s, raw.sha256(), null, e.getMessage(), published);
    }
  }

  private Page clean(Read l, CorpusStats stats) {
    Source s = l.source();
    if (l.error() != null) {
      return Page.failed(s.id(), s.location(), l.sha256(), l.error());
    }
    Decoded d = l.decoded();
    if (d.kind() == ContentKind.WARC) {
      return Page.failed(s.id(), s.location(), l.sha256(), "a WARC archive inside a WARC record is not read");
    }
    Extraction e;
    try {
      e = (d.kind() == ContentKind.HTML ? htmlExtractor : textCleaner).extract(d, stats);
    } catch (RuntimeException ex) {
      // Exceptions are bugs, but one bad page must not sink the brief: report it on the page.
      return Page.failed(s.id(), s.location(), l.sha256(), "could not clean this page (" + ex + ")");
    } catch (OutOfMemoryError ex) {
      return Page.failed(s.id(), s.location(), l.sha256(), OUT_OF_MEMORY);
    } catch (StackOverflowError ex) {
      return Page.failed(s.id(), s.location(), l.sha256(), "could not clean this page (it nests too deeply)");
    }
    List<String> flags = new ArrayList<>(d.flags());
    flags.addAll(e.flags());
    LocalDate published = e.published() != null ? e.published()
        : l.published() != null ? l.published() : dateFromPath(s.location());
    Page page = new Page(s.id(), s.location(), e.title(), published, l.sha256(), e.text(), e.kept(),
        e.removed(), flags, null);
    if (e.kept().isEmpty()) {
      return page.withError("no article text found (" + (d.kind() == ContentKind.HTML ? "HTML page" : "text")
          + " with nothing that reads as prose)");
    }
    String language = Language.detect(e.text(), e.kept());
    if (language != null && !language.equals("en")) {
      page = page.withFlag("not-english").withFlag("language:" + language);
    } else if (language == null && !Language.looksEnglish(e.text(), e.kept())) {
      page = page.withFlag("not-english");
    }
    return page;
  }

  /** Cleans and segments one read document; failures become the page's error. */
  public Passages analyse(Read r, CorpusStats stats) {
    return segment(clean(r, stats));
  }

  private Passages segment(Page page) {
    if (!page.readable()) {
      return new Passages(page, List.of());
    }
    try {
      return segmenter.split(page);
    } catch (RuntimeException e) {
      return new Passages(page.withError("could not split into sentences (" + e + ")"), List.of());
    } catch (OutOfMemoryError e) {
      return new Passages(Page.failed(page.id(), page.source(), page.sha256(), OUT_OF_MEMORY), List.of());
    }
  }

  public static LocalDate dateFromPath(String location) {
    Matcher m = PATH_DATE.matcher(location);
    LocalDate found = null;
    while (m.find()) {
      try {
        found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (RuntimeException ignored) {
        found = null; // "2020-13-45" is not a date
      }
    }
    return found;
  }
}
