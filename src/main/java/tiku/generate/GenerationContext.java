package tiku.generate;

import tiku.model.Facts;

/**
 * What every question family works from: the facts, the content they stand in, the wording, and
 * the memory of which names may denote the same thing (one per document, so it never grows).
 */
record GenerationContext(Facts facts, DocumentText text, StemWriter words, SameThing names) {
  static GenerationContext of(Facts facts) {
    DocumentText text = new DocumentText(facts.document());
    return new GenerationContext(facts, text, new StemWriter(text), new SameThing());
  }
}
