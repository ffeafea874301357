package tiku.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.WorksheetSection;

/**
 * The student's worksheet as Taiwanese classrooms know it (學習單 / 測驗卷): title, source and date;
 * lines for 班級, 座號, 姓名 and 得分; instructions; then the sections 是非題, 選擇題, 填充題, 配合題,
 * 排序題, each headed with its count and points.
 */
public final class WorksheetLayout {
  private final PdfText text;
  private final Labels labels;
  private final float width;

  public WorksheetLayout(PdfText text, Labels labels, PageSetup page) {
    this.text = text;
    this.labels = labels;
    this.width = page.contentWidth();
  }

  public void add(Document doc, WorksheetPlan plan) throws DocumentException {
    doc.add(header(plan));
    doc.add(fields());
    doc.add(instructions(plan));
    QuestionBlock blocks = new QuestionBlock(text, labels, width);
    String[] numerals = labels.get("section.numbers").split(",");
    int s = 0;
    for (WorksheetSection section : plan.sections()) {
      Phrase heading = sectionHeading(numerals[Math.min(s, numerals.length - 1)], section);
      s++;
      int n = section.firstNumber();
      boolean first = true;
      for (Question q : section.questions()) {
        doc.add(blocks.build(q, n++, first ? heading : null));
        first = false;
      }
    }
  }

  /** Title (with the form), then source and date in a quieter line. */
  PdfPTable header(WorksheetPlan plan) {
    PdfPTable t = Cells.table(width, width);
    PdfPCell title = Cells.of(text.bold(plan.fullTitle(), PdfText.TITLE));
    title.setHorizontalAlignment(Element.ALIGN_CENTER);
    title.setPaddingBottom(4f);
    t.addCell(title);
    List<String> meta = new ArrayList<>();
    if (plan.sourceTitle() != null && !plan.sourceTitle().equals(plan.title())) {
      meta.add(labels.format("source.line", plan.sourceTitle()));
    }
    if (plan.date() != null) {
      meta.add(labels.format("date.line", plan.date()));
    }
    if (!meta.isEmpty()) {
      PdfPCell m = Cells.of(text.grey(String.join("　", meta), PdfText.SMALL + 1));
      m.setHorizontalAlignment(Element.ALIGN_CENTER);
      t.addCell(m);
    }
    t.setSpacingAfter(8f);
    return t;
  }

  /** 班級＿＿ 座號＿＿ 姓名＿＿＿＿ 得分＿＿: each label followed by a line to write on. */
  PdfPTable fields() {
    String[] keys = {"field.class", "field.seat", "field.name", "field.score"};
    float[] share = {0.22f, 0.16f, 0.36f, 0.26f};
    float[] cols = new float[8];
    for (int i = 0; i < 4; i++) {
      float label = text.boldWidth(labels.get(keys[i]) + labels.get("field.colon"), PdfText.BODY) + 4f;
      cols[2 * i] = label;
      cols[2 * i + 1] = Math.max(20f, width * share[i] - label);
    }
    PdfPTable t = Cells.table(width, cols);
    for (String k : keys) {
      t.addCell(Cells.of(text.bold(labels.get(k) + labels.get("field.colon"), PdfText.BODY)));
      PdfPCell line = Cells.empty();
      line.setBorder(Rectangle.BOTTOM);
      line.setBorderWidthBottom(0.6f);
      line.setPaddingRight(8f);
      t.addCell(line);
    }
    t.setSpacingAfter(10f);
    return t;
  }

  /** A framed box: the count and total, then one line for each kind of question on the sheet. */
  PdfPTable instructions(WorksheetPlan plan) {
    PdfPTable t = Cells.table(width, width);
    List<String> lines = new ArrayList<>();
    lines.add(labels.format("instructions", String.valueOf(plan.questionCount()), String.valueOf(plan.totalPoints())));
    for (WorksheetSection s : plan.sections()) {
      lines.add(labels.get("instructions." + s.type().id()));
    }
    PdfPTable inner = Cells.table(width - 12f, width - 12f);
    for (String line : lines) {
      inner.addCell(Cells.of(text.plain(line, PdfText.SMALL + 1)));
    }
    PdfPCell box = Cells.of(inner);
    box.setBorder(Rectangle.BOX);
    box.setBorderWidth(0.6f);
    box.setPadding(6f);
    t.addCell(box);
    t.setSpacingAfter(6f);
    return t;
  }

  /** 「一、是非題（每題2分，共20分）」 */
  Phrase sectionHeading(String numeral, WorksheetSection s) {
    String head = labels.format("section.heading", numeral, labels.type(s.type()));
    String points =
        labels.format("section.points", String.valueOf(s.points()), String.valueOf(s.total()));
    return text.phrase(
        text.chunk(head, PdfText.HEADING, true, null),
        text.chunk(points, PdfText.BODY, false, PdfText.GREY));
  }
}
