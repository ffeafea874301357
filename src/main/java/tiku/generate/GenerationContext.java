package tiku.generate;

import tiku.model.Facts;

/** What every question family works from: the facts, the content they stand in, the wording. */
record GenerationContext(Facts facts, DocumentText text, StemWriter words) {
  static GenerationContext of(Facts facts) {
    DocumentText text = new DocumentText(facts.document());
    return new GenerationContext(facts, text, new StemWriter(text));
  }
}
