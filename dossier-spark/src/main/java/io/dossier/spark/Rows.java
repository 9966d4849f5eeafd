package io.dossier.spark;

import io.dossier.model.CharSpan;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.model.Removal;
import io.dossier.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet record shapes and their conversion to and from the core's records.
 *
 * <p>{@code documents}: the brief's document entry ({@code id, source, title, published,
 * sha256, text, kept, removed, flags, error}, as {@link Page}) plus {@code seq} and
 * {@code record} (file ordinal and record number: the CLI's document order),
 * {@code warcOffset} (byte offset of the WARC record, null for other files) and
 * {@code sentenceCount}.
 *
 * <p>{@code sentences}: {@code doc, index, start, end, paragraph, heading} (as
 * {@link Sentence}) plus {@code seq}, the sentence's {@code text}, its {@code words}, whether
 * it is a point {@code candidate}, its {@code embedding} (unit vector, null when not embedded)
 * and the embedding {@code model}. Stateless.
 */
public final class Rows {
  public static final StructType SPAN = new StructType()
      .add("start", DataTypes.IntegerType, false).add("end", DataTypes.IntegerType, false);
  public static final StructType REMOVAL = new StructType()
      .add("start", DataTypes.IntegerType, false).add("end", DataTypes.IntegerType, false)
      .add("reason", DataTypes.StringType, false);
  public static final StructType SENTENCE = new StructType()
      .add("doc", DataTypes.StringType, false)
      .add("seq", DataTypes.IntegerType, false)
      .add("index", DataTypes.IntegerType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("paragraph", DataTypes.IntegerType, false)
      .add("heading", DataTypes.BooleanType, false)
      .add("text", DataTypes.StringType, false)
      .add("words", DataTypes.IntegerType, false)
      .add("candidate", DataTypes.BooleanType, false)
      .add("embedding", DataTypes.createArrayType(DataTypes.FloatType, false), true)
      .add("model", DataTypes.StringType, true);
  public static final StructType DOCUMENT = new StructType()
      .add("seq", DataTypes.IntegerType, false)
      .add("record", DataTypes.IntegerType, false)
      .add("id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("title", DataTypes.StringType, true)
      .add("published", DataTypes.DateType, true)
      .add("sha256", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, false)
      .add("kept", DataTypes.createArrayType(SPAN, false), false)
      .add("removed", DataTypes.createArrayType(REMOVAL, false), false)
      .add("flags", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("error", DataTypes.StringType, true)
      .add("warcOffset", DataTypes.LongType, true)
      .add("sentenceCount", DataTypes.IntegerType, false);
  /** What the job computes once per document: the document with its sentences nested. */
  public static final StructType ANALYSED = withSentences();

  private Rows() {
  }

  private static StructType withSentences() {
    List<StructField> f = new ArrayList<>(List.of(DOCUMENT.fields()));
    f.add(DataTypes.createStructField("sentences", new ArrayType(SENTENCE, false), false));
    return DataTypes.createStructType(f);
  }

  /** A document row with its sentence rows nested; {@code vectors[i]} is null when sentence i has none. */
  public static Row analysed(int seq, int record, Passages p, boolean[] candidate, float[][] vectors, String model) {
    Page page = p.page();
    List<Row> kept = new ArrayList<>();
    for (CharSpan k : page.kept()) {
      kept.add(RowFactory.create(k.start(), k.end()));
    }
    List<Row> removed = new ArrayList<>();
    for (Removal r : page.removed()) {
      removed.add(RowFactory.create(r.start(), r.end(), r.reason()));
    }
    List<Row> sentences = new ArrayList<>();
    for (int i = 0; i < p.sentences().size(); i++) {
      Sentence s = p.sentences().get(i);
      String t = p.text(s);
      float[] v = vectors == null ? null : vectors[i];
      sentences.add(RowFactory.create(page.id(), seq, s.index(), s.start(), s.end(), s.paragraph(), s.heading(), t,
          io.dossier.text.Words.count(t), candidate[i], v == null ? null : seq(boxed(v)), v == null ? null : model));
    }
    return RowFactory.create(seq, record, page.id(), page.source(), page.title(), page.published(), page.sha256(),
        page.text(), seq(kept), seq(removed), seq(page.flags()), page.error(), warcOffset(page.source()),
        p.sentences().size(), seq(sentences));
  }

  /** The byte offset of a WARC record, from the {@code file#offset} location the splitter gives. */
  static Long warcOffset(String location) {
    int hash = location.lastIndexOf('#');
    if (hash < 0 || !FileReads.isWarc(location.substring(0, hash))) {
      return null;
    }
    try {
      return Long.parseLong(location.substring(hash + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Spark's row encoder wants Scala sequences for array columns. */
  private static <T> scala.collection.immutable.Seq<T> seq(List<T> l) {
    return scala.jdk.javaapi.CollectionConverters.asScala(l).toSeq();
  }

  private static List<Float> boxed(float[] v) {
    List<Float> out = new ArrayList<>(v.length);
    for (float x : v) {
      out.add(x);
    }
    return out;
  }

  /** The page of a {@link #DOCUMENT} row (any row with those field names). */
  public static Page page(Row r) {
    List<CharSpan> kept = new ArrayList<>();
    for (Row k : r.<Row>getList(r.fieldIndex("kept"))) {
      kept.add(new CharSpan(k.getInt(0), k.getInt(1)));
    }
    List<Removal> removed = new ArrayList<>();
    for (Row k : r.<Row>getList(r.fieldIndex("removed"))) {
      removed.add(new Removal(k.getInt(0), k.getInt(1), k.getString(2)));
    }
    Object pub = r.get(r.fieldIndex("published"));
    LocalDate published = pub == null ? null : pub instanceof LocalDate d ? d : ((java.sql.Date) pub).toLocalDate();
    return new Page(r.getAs("id"), r.getAs("source"), r.getAs("title"), published, r.getAs("sha256"),
        r.getAs("text"), kept, removed, new ArrayList<>(r.<String>getList(r.fieldIndex("flags"))), r.getAs("error"));
  }

  /** The sentence of a {@link #SENTENCE} row. */
  public static Sentence sentence(Row r) {
    return new Sentence(r.getAs("doc"), r.<Integer>getAs("index"), r.<Integer>getAs("start"), r.<Integer>getAs("end"),
        r.<Integer>getAs("paragraph"), r.<Boolean>getAs("heading"));
  }

  /** The embedding of a {@link #SENTENCE} row, or null. */
  public static float[] embedding(Row r) {
    int i = r.fieldIndex("embedding");
    if (r.isNullAt(i)) {
      return null;
    }
    List<Float> l = r.getList(i);
    float[] v = new float[l.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = l.get(k);
    }
    return v;
  }
}
