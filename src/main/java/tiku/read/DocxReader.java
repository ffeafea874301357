package tiku.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import tiku.io.InputException;
import tiku.model.Document;

/**
 * Reads a Word .docx source: each paragraph becomes one line of text, a list paragraph starts with
 * the number Word prints for it (worked out from the list definitions), table rows become lines of
 * tab-separated cells and footnotes follow the body. Paragraphs in a heading style or with an
 * outline level are sections even without a number. The text then goes through the same parser
 * as a .txt file, so a .docx and its plain-text twin give the same document.
 */
public final class DocxReader implements SourceReader {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  /** Smallest compressed/uncompressed ratio POI accepts before calling it a zip bomb. */
  private static final double MIN_INFLATE_RATIO = 0.01;
  /** Largest part once unzipped: the whole source is at most 20 MB before it is unzipped. */
  private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
  private static final java.util.regex.Pattern NOTE_MARK =
      java.util.regex.Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+\\]");
  /** Outline level Word uses for body text. */
  private static final int BODY_LEVEL = 9;

  @Override
  public boolean accepts(Path file, byte[] bytes) {
    String name = file == null || file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".docx") || name.endsWith(".docm")) {
      return true;
    }
    return startsWith(bytes, ZIP_MAGIC) && contains(bytes, "word/document.xml");
  }

  @Override
  public Document read(Path file, byte[] bytes, ReadOptions options) {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    if (!startsWith(bytes, ZIP_MAGIC)) {
      throw new InputException(file, null, "is not a .docx file (a .docx is a zip package; this is not one)");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return read(file, doc);
    } catch (NotOfficeXmlFileException | POIXMLException e) {
      throw new InputException(file, null, "is not a readable .docx file (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("Zip bomb") || m.contains("zip bomb")) {
        throw new InputException(file, null, "refused: it unpacks to far more than it holds (a zip bomb?)", e);
      }
      throw new InputException(file, null, "is not a readable .docx file (" + m + ")", e);
    }
  }

  private Document read(Path file, XWPFDocument doc) {
    Text out = new Text(literalLines(doc));
    DocxListNumbers numbers = new DocxListNumbers(doc.getNumbering());
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        paragraph(doc, p, numbers, out);
      } else if (e instanceof XWPFTable t) {
        table(t, out);
      }
    }
    for (XWPFFootnote note : doc.getFootnotes()) {
      if (note.getCTFtnEdn().isSetType() && !"normal".equals(note.getCTFtnEdn().getType().toString())) {
        continue; // the separator lines Word keeps as footnotes
      }
      StringBuilder sb = new StringBuilder();
      for (XWPFParagraph p : note.getParagraphs()) {
        sb.append(sb.length() > 0 ? " " : "").append(oneLine(ownText(p)));
      }
      String text = sb.toString().strip();
      if (!text.isEmpty()) {
        out.line(text, null);
      }
    }
    String text = out.text();
    if (text.isBlank()) {
      throw new InputException(file, null, "has no text");
    }
    LineIndex index = new LineIndex(text);
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("format", "docx");
    // a post saved from PTT into Word is still a PTT post
    Document d =
        out.headings.isEmpty() && PttPostReader.looksLike(text)
            ? PttPostReader.read(index)
            : StructureParser.parse(index, index.lines(), null, meta, out.headings);
    if (d.content().isBlank()) {
      throw new InputException(file, null, "has no readable content (only headers, links or symbols)");
    }
    return d;
  }

  private void paragraph(XWPFDocument doc, XWPFParagraph p, DocxListNumbers numbers, Text out) {
    // a text file opened in Word keeps its indents: the parser reads them as it does in the .txt
    String text = out.literal ? oneLine(ownText(p)).stripTrailing() : oneLine(ownText(p)).strip();
    Integer level = outlineLevel(doc.getStyles(), p);
    CTNumPr num = numPr(doc.getStyles(), p);
    String number = null;
    if (num != null) {
      BigInteger numId = num.getNumId() == null ? null : num.getNumId().getVal();
      int ilvl = num.getIlvl() == null ? 0 : num.getIlvl().getVal().intValue();
      number = numbers.next(numId, ilvl);
    }
    if (text.isBlank()) {
      out.empty(); // an empty numbered paragraph still counts, as in Word, but prints nothing
      return;
    }
    if (number != null && !number.isEmpty()) {
      text = number + (endsWide(number) ? "" : " ") + text;
    }
    // Heading 1 is a top-level section (rank 2, like 一、); each level below ranks one lower
    out.line(text, level == null ? null : 2 + level);
  }

  private static void table(XWPFTable t, Text out) {
    for (XWPFTableRow row : t.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell c : row.getTableCells()) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : c.getParagraphs()) {
          sb.append(sb.length() > 0 ? " " : "").append(oneLine(ownText(p)).strip());
        }
        cells.add(sb.toString().strip());
      }
      String line = String.join("\t", cells).strip();
      if (!line.isEmpty()) {
        out.line(line, null);
      }
    }
  }

  /** The paragraph's outline level (0 = Heading 1), or null for body text. */
  private static Integer outlineLevel(XWPFStyles styles, XWPFParagraph p) {
    CTPPr ppr = p.getCTP().getPPr();
    if (ppr != null && ppr.isSetOutlineLvl()) {
      return level(ppr.getOutlineLvl().getVal().intValue());
    }
    for (XWPFStyle s : styleChain(styles, p)) {
      CTPPrGeneral sp = s.getCTStyle().getPPr();
      if (sp != null && sp.isSetOutlineLvl()) {
        return level(sp.getOutlineLvl().getVal().intValue());
      }
      String name = s.getName() == null ? "" : s.getName().toLowerCase(Locale.ROOT);
      if (name.matches("heading [1-9]")) {
        return name.charAt(8) - '1';
      }
    }
    return null;
  }

  private static Integer level(int v) {
    return v >= BODY_LEVEL || v < 0 ? null : v;
  }

  /** The paragraph's list membership, its own or its style's (List Number, numbered headings). */
  private static CTNumPr numPr(XWPFStyles styles, XWPFParagraph p) {
    CTPPr ppr = p.getCTP().getPPr();
    if (ppr != null && ppr.isSetNumPr()) {
      return ppr.getNumPr();
    }
    for (XWPFStyle s : styleChain(styles, p)) {
      CTPPrGeneral sp = s.getCTStyle().getPPr();
      if (sp != null && sp.isSetNumPr()) {
        return sp.getNumPr();
      }
    }
    return null;
  }

  /**
   * The paragraph's style and the styles it is based on, nearest first. Bounded, because a
   * document's basedOn links may run in a circle.
   */
  private static List<XWPFStyle> styleChain(XWPFStyles styles, XWPFParagraph p) {
    List<XWPFStyle> chain = new ArrayList<>();
    String styleId = p.getStyle();
    while (styleId != null && styles != null && chain.size() < 20) {
      XWPFStyle s = styles.getStyle(styleId);
      if (s == null) {
        break;
      }
      chain.add(s);
      styleId = s.getCTStyle().getBasedOn() == null ? null : s.getCTStyle().getBasedOn().getVal();
    }
    return chain;
  }

  /**
   * The paragraph's own text: POI's getText() also gives footnote marks ("[footnoteRef:1]") and
   * the notes' text, which belong after the body, not inside a clause.
   */
  private static String ownText(XWPFParagraph p) {
    String t = p.getText();
    String notes = p.getFootnoteText();
    if (notes != null && !notes.isEmpty() && t.endsWith(notes)) {
      t = t.substring(0, t.length() - notes.length());
    }
    return NOTE_MARK.matcher(t).replaceAll("");
  }

  /** Line breaks and tabs inside a paragraph are spaces: one paragraph is one line. */
  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\r\\n\\t\\u000B\\f]+", " ");
  }

  /** "一、" and "（一）" run straight into the text; "5." takes a space, as typed text does. */
  private static boolean endsWide(String number) {
    char c = number.charAt(number.length() - 1);
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] b, String ascii) {
    byte[] n = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + n.length <= b.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (b[i + j] != n[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Whether the document spaces its paragraphs with empty ones, as a text file opened in Word
   * does (often hard-wrapped, one line per paragraph): then its lines are kept exactly, empty
   * ones included, and the parser re-joins wrapped lines as it does for the .txt.
   */
  private static boolean literalLines(XWPFDocument doc) {
    int empty = 0;
    int all = 0;
    for (XWPFParagraph p : doc.getParagraphs()) {
      all++;
      if (p.getText().isBlank()) {
        empty++;
      }
    }
    return all >= 10 && empty * 5 >= all;
  }

  /**
   * The text being built: one line per paragraph, separated by blank lines (a Word document
   * spaces paragraphs by style, not by empty lines), or exactly as in the document for a text
   * file opened in Word; and which lines are headings.
   */
  private static final class Text {
    private final boolean literal;
    private final StringBuilder sb = new StringBuilder();
    private final Map<Integer, Integer> headings = new java.util.HashMap<>();
    private int lineNumber = 1;
    private boolean started;

    Text(boolean literal) {
      this.literal = literal;
    }

    void empty() {
      if (literal && started) {
        sb.append('\n');
        lineNumber++;
      }
    }

    void line(String text, Integer headingRank) {
      if (started) {
        sb.append(literal ? "\n" : "\n\n");
        lineNumber += literal ? 1 : 2;
      }
      started = true;
      sb.append(text);
      if (headingRank != null) {
        headings.put(lineNumber, headingRank);
      }
    }

    String text() {
      return sb.toString() + "\n";
    }
  }
}
