package tiku.extract;

import java.util.List;
import tiku.model.Document;
import tiku.model.Facts;

/**
 * Runs every extractor over a document. Rules, not statistics: on statements and news the marks
 * (《》, 「」, bracketed acronyms and Latin names, titles before names) find facts precisely, and
 * every fact cites the clause and sentence it came from.
 */
public final class FactExtractor {
  private FactExtractor() {}

  public static Facts extract(Document document) {
    List<TextUnit> units = TextUnit.of(document);
    String content = document.content();
    return new Facts(
        document,
        AgreementLinker.link(AgreementExtractor.mentions(units), units),
        OrganizationExtractor.extract(units),
        PersonExtractor.extract(units, content),
        YearEventExtractor.extract(units),
        QuantityExtractor.extract(units));
  }
}
