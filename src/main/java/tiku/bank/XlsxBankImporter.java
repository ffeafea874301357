package tiku.bank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tiku.io.InputException;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Difficulty;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.render.Labels;
import tiku.render.OptionLetters;
import tiku.render.xlsx.BankSheet;

/**
 * Merges a teacher's edits from the review spreadsheet ({@code tiku export --format xlsx}) back
 * into a bank. Every cell is read as text. A question whose content changed becomes {@code edited}
 * unless its row says approved or rejected; a row with no id is a new question; questions missing
 * from the sheet stay as they are (the export may have been a selection). The first row that does
 * not make a valid question stops the import with its sheet, row and column, and the bank is not
 * changed.
 */
public final class XlsxBankImporter {
  /** Refuse bigger files before unzipping anything: a review sheet is a few hundred kilobytes. */
  private static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
  /** Largest part once unzipped. */
  private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
  /** Smallest compressed/uncompressed ratio; below this the part is a zip bomb. */
  private static final double MIN_INFLATE_RATIO = 0.01;

  /** The family of a question a teacher adds (bank.json uses the same word for hand-made ones). */
  private static final String CUSTOM_FAMILY = "custom";

  private static final List<String> REQUIRED =
      List.of(BankSheet.ID, BankSheet.TYPE, BankSheet.STEM, BankSheet.ANSWER, BankSheet.DIFFICULTY, BankSheet.STATUS);

  /** What an import did. */
  public record Result(QuestionBank bank, int edited, int statusChanged, int added, int unchanged) {}

  private final Path file;
  private final QuestionBank bank;
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
  private Map<String, Integer> columns;
  private List<Integer> optionColumns;
  private int rowNumber;

  private XlsxBankImporter(Path file, QuestionBank bank) {
    this.file = file;
    this.bank = bank;
  }

  /** The bank with the sheet's edits; throws {@link InputException} for a bad file or row. */
  public static QuestionBank merge(Path xlsx, QuestionBank bank) throws IOException {
    return read(xlsx, bank).bank();
  }

  /** Like {@link #merge} with counts for the command line to report. */
  public static Result read(Path xlsx, QuestionBank bank) throws IOException {
    return new XlsxBankImporter(xlsx, bank).run();
  }

  private Result run() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, null, "no such file");
    }
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new InputException(file, null, "too big for a question sheet (over " + MAX_FILE_BYTES / 1024 / 1024 + " MB)");
    }
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
      XSSFSheet sheet = wb.getSheet(BankSheet.SHEET);
      if (sheet == null) {
        throw new InputException(file, null, "no sheet named " + BankSheet.SHEET + " (export one with: tiku export --format xlsx)");
      }
      return merge(sheet);
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      throw new InputException(file, null, "not an .xlsx workbook (" + e.getMessage() + ")", e);
    } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
      throw new InputException(file, null, "cannot read this workbook (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) {
        throw new InputException(file, null, "refused: it unpacks to far more than it holds (a zip bomb?)", e);
      }
      throw e;
    }
  }

  private Result merge(XSSFSheet sheet) {
    headers(sheet.getRow(0));
    Map<String, Question> byId = new LinkedHashMap<>();
    bank.questions().forEach(q -> byId.put(q.id(), q));
    Map<String, Question> replaced = new HashMap<>();
    Map<String, Integer> seenRows = new HashMap<>();
    Set<String> ids = new HashSet<>(byId.keySet());
    List<Question> added = new ArrayList<>();
    int edited = 0;
    int statusChanged = 0;
    int unchanged = 0;
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || blank(row)) {
        continue;
      }
      rowNumber = r + 1;
      String id = cell(row, BankSheet.ID).strip();
      Question old = null;
      if (!id.isEmpty()) {
        old = byId.get(id);
        if (old == null) {
          throw bad(BankSheet.ID, "no question \"" + id + "\" in deck " + bank.deck() + " (leave the id empty to add a new question)");
        }
        Integer prev = seenRows.putIfAbsent(id, rowNumber);
        if (prev != null) {
          throw bad(BankSheet.ID, "\"" + id + "\" is also on row " + prev);
        }
      }
      Status rowStatus = enumCell(row, BankSheet.STATUS, Status::fromId);
      Question content = question(row, old, id);
      boolean approvedOrRejected = rowStatus == Status.APPROVED || rowStatus == Status.REJECTED;
      if (old == null) {
        String newId = newId(content, ids);
        ids.add(newId);
        added.add(withId(content, newId).withStatus(approvedOrRejected ? rowStatus : Status.EDITED));
      } else if (!content.withStatus(old.status()).equals(old)) {
        replaced.put(id, content.withStatus(approvedOrRejected ? rowStatus : Status.EDITED));
        edited++;
      } else if (rowStatus != old.status()) {
        replaced.put(id, old.withStatus(rowStatus));
        statusChanged++;
      } else {
        unchanged++;
      }
    }
    List<Question> out = new ArrayList<>();
    for (Question q : bank.questions()) {
      out.add(replaced.getOrDefault(q.id(), q));
    }
    out.addAll(added);
    return new Result(bank.withQuestions(out), edited, statusChanged, added.size(), unchanged);
  }

  private void headers(Row header) {
    rowNumber = 1;
    columns = new HashMap<>();
    optionColumns = new ArrayList<>();
    if (header == null) {
      throw new InputException(file, "sheet " + BankSheet.SHEET + ", row 1", "the header row is missing");
    }
    for (Cell c : header) {
      String name = text(c).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (name.startsWith(BankSheet.OPTION_PREFIX)) {
        optionColumns.add(c.getColumnIndex());
      } else {
        columns.putIfAbsent(name, c.getColumnIndex());
      }
    }
    for (String need : REQUIRED) {
      if (!columns.containsKey(need)) {
        throw new InputException(
            file, "sheet " + BankSheet.SHEET + ", row 1", "no column headed \"" + need + "\" (the header row names the columns)");
      }
    }
  }

  /** The row as a question, keeping {@code old}'s values where a column is missing or unchanged. */
  private Question question(Row row, Question old, String id) {
    QuestionType type = enumCell(row, BankSheet.TYPE, QuestionType::fromId);
    String stem = cell(row, BankSheet.STEM).strip();
    if (stem.isEmpty()) {
      throw bad(BankSheet.STEM, "the stem is empty");
    }
    if (old != null && stem.equals(old.stem().strip())) {
      stem = old.stem(); // a cell loses nothing but surrounding space; keep the bank's text
    }
    List<String> options = options(row);
    if (old != null && options.equals(old.options().stream().map(String::strip).toList())) {
      options = old.options();
    }
    if (type == QuestionType.TRUE_FALSE && options.isEmpty()) {
      Labels labels = Labels.of(bank.source().language());
      options = old != null && old.type() == type ? old.options() : List.of(labels.get("true"), labels.get("false"));
    }
    int blanks = ClozeStem.parse(stem).blanks();
    switch (type) {
      case MULTIPLE_CHOICE, ORDERING -> {
        if (options.size() < 2) {
          throw bad(BankSheet.optionHeader(options.size()), "a " + type.id() + " question needs at least two options");
        }
      }
      case MATCHING -> {
        if (options.isEmpty()) {
          throw bad(BankSheet.optionHeader(0), "a matching question needs its right-hand items in the option columns");
        }
      }
      case CLOZE -> {
        if (blanks == 0) {
          throw bad(BankSheet.STEM, "a cloze stem needs at least one blank (a run of ＿＿ or __)");
        }
      }
      default -> {}
    }
    for (int i = 0; i < options.size(); i++) {
      if (options.indexOf(options.get(i)) != i) {
        throw bad(BankSheet.optionHeader(i), "\"" + options.get(i) + "\" is also option " + OptionLetters.letter(options.indexOf(options.get(i))));
      }
    }
    Answer answer;
    try {
      answer = BankSheet.parseAnswer(type, cell(row, BankSheet.ANSWER), options, blanks);
    } catch (IllegalArgumentException e) {
      throw bad(BankSheet.ANSWER, e.getMessage());
    }
    Difficulty difficulty = enumCell(row, BankSheet.DIFFICULTY, Difficulty::fromId);
    Integer pillar = pillar(row, old);
    List<String> tags = has(BankSheet.TAGS) ? BankSheet.lines(cell(row, BankSheet.TAGS)) : old != null ? old.tags() : List.of();
    String family = keep(row, BankSheet.FAMILY, old == null ? CUSTOM_FAMILY : old.family());
    if (family == null || family.isBlank()) {
      family = old == null ? CUSTOM_FAMILY : old.family();
    }
    String explanation = keep(row, BankSheet.EXPLANATION, old == null ? "" : old.explanation());
    QuestionSource source = source(row, old == null ? null : old.source());
    return new Question(
        id, type, family, stem, options, answer, explanation, difficulty, pillar, tags,
        old == null ? Status.EDITED : old.status(), source);
  }

  private List<String> options(Row row) {
    List<String> out = new ArrayList<>();
    int firstEmpty = -1;
    for (int i = 0; i < optionColumns.size(); i++) {
      String v = text(row.getCell(optionColumns.get(i))).strip();
      if (v.isEmpty()) {
        if (firstEmpty < 0) {
          firstEmpty = i;
        }
      } else {
        if (firstEmpty >= 0) {
          throw bad(
              header(optionColumns.get(i)),
              "option " + OptionLetters.letter(firstEmpty) + " is empty but this one is not; options go left to right without gaps");
        }
        out.add(v);
      }
    }
    return out;
  }

  private Integer pillar(Row row, Question old) {
    if (!has(BankSheet.PILLAR)) {
      return old == null ? null : old.pillar();
    }
    String v = cell(row, BankSheet.PILLAR).strip();
    if (v.isEmpty()) {
      return null;
    }
    Integer n = integer(v);
    List<Pillar> pillars = bank.source().pillars();
    if (n == null || (!pillars.isEmpty() && pillars.stream().noneMatch(p -> p.number() == n))) {
      throw bad(
          BankSheet.PILLAR,
          "\"" + v + "\" is not a pillar of this document"
              + (pillars.isEmpty() ? " (it has none; leave the cell empty)" : " (" + pillarList(pillars) + "; see the Pillars sheet)"));
    }
    return n;
  }

  private QuestionSource source(Row row, QuestionSource old) {
    Integer clause = old == null ? null : old.clause();
    if (has(BankSheet.CLAUSE)) {
      String v = cell(row, BankSheet.CLAUSE).strip();
      clause = v.isEmpty() ? null : integer(v);
      if (!v.isEmpty() && (clause == null || clause < 1)) {
        throw bad(BankSheet.CLAUSE, "\"" + v + "\" is not a clause number");
      }
    }
    String label = keep(row, BankSheet.CLAUSE_LABEL, old == null ? null : old.label());
    if (label == null) {
      label = "";
    }
    if (clause == null) {
      label = old != null && old.clause() == null ? old.label() : null;
    } else if (label.isBlank()) {
      label = String.valueOf(clause);
    }
    String quote = keep(row, BankSheet.QUOTE, old == null ? "" : old.quote());
    if (quote == null || quote.isBlank()) {
      // every printed question shows where its answer comes from
      throw bad(BankSheet.QUOTE, "the source quote is empty: give the text of the document that supports the answer");
    }
    QuestionSource s = new QuestionSource(clause, label, quote);
    return s.equals(old) ? old : s;
  }

  /** The cell's text, or {@code old} when the column is missing or says the same (null vs empty). */
  private String keep(Row row, String column, String old) {
    if (!has(column)) {
      return old;
    }
    String v = cell(row, column).strip();
    return v.equals(old == null ? "" : old.strip()) ? old : v;
  }

  private <T> T enumCell(Row row, String column, java.util.function.Function<String, T> parse) {
    String v = cell(row, column).strip().toLowerCase(Locale.ROOT);
    try {
      return parse.apply(v);
    } catch (IllegalArgumentException e) {
      throw bad(column, e.getMessage().replace("'", "\""));
    }
  }

  private String newId(Question q, Set<String> taken) {
    String base;
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] d = md.digest((q.type().id() + "\n" + q.stem() + "\n" + String.join("\n", q.options())).getBytes(StandardCharsets.UTF_8));
      base = "t-" + HexFormat.of().formatHex(d, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static Question withId(Question q, String id) {
    return new Question(
        id, q.type(), q.family(), q.stem(), q.options(), q.answer(), q.explanation(), q.difficulty(), q.pillar(),
        q.tags(), q.status(), q.source());
  }

  private boolean has(String column) {
    return columns.containsKey(column);
  }

  private String cell(Row row, String column) {
    Integer c = columns.get(column);
    return c == null ? "" : text(row.getCell(c));
  }

  /** A cell as the text it shows; a formula a teacher typed stays its text, never its result. */
  private String text(Cell c) {
    if (c == null) {
      return "";
    }
    if (c.getCellType() == CellType.FORMULA) {
      return "=" + c.getCellFormula();
    }
    return formatter.formatCellValue(c);
  }

  private boolean blank(Row row) {
    for (Cell c : row) {
      if (!text(c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private String header(int column) {
    for (Map.Entry<String, Integer> e : columns.entrySet()) {
      if (e.getValue() == column) {
        return e.getKey();
      }
    }
    int i = optionColumns.indexOf(column);
    return i >= 0 ? BankSheet.optionHeader(i) : "";
  }

  private InputException bad(String column, String message) {
    Integer c = columns.get(column);
    if (c == null && column.startsWith(BankSheet.OPTION_PREFIX)) {
      int i = BankSheet.letterIndex(column.substring(BankSheet.OPTION_PREFIX.length()));
      c = i >= 0 && i < optionColumns.size() ? optionColumns.get(i) : null;
    }
    String where = "sheet " + BankSheet.SHEET + ", row " + rowNumber
        + (c == null ? "" : ", column " + CellReference.convertNumToColString(c) + " (" + column + ")");
    return new InputException(file, where, message);
  }

  private static Integer integer(String s) {
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String pillarList(List<Pillar> pillars) {
    return String.join(", ", pillars.stream().map(p -> String.valueOf(p.number())).toList());
  }
}
