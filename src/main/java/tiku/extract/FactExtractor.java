package tiku.extract;

import tiku.model.Document;
import tiku.model.Facts;

/** Runs every extractor over a document. */
public final class FactExtractor {
  private FactExtractor() {}

  public static Facts extract(Document document) {
    throw new UnsupportedOperationException("extraction is not built yet");
  }
}
