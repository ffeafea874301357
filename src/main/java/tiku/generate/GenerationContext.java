package tiku.generate;

import tiku.model.Facts;

/**
 * What every question family works from: the facts, the content they stand in, the wording, and
 * and the memories of which names may denote the same thing and which words point to which pillar
 * (one per document, so they never grow).
 */
record GenerationContext(Facts facts, DocumentText text, StemWriter words, SameThing names, PillarCue cues) {
  static GenerationContext of(Facts facts) {
    DocumentText text = new DocumentText(facts.document());
    return new GenerationContext(facts, text, new StemWriter(text), new SameThing(), new PillarCue());
  }
}
