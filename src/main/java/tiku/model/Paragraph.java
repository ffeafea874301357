package tiku.model;

import java.util.List;

/** A prose paragraph (news text, a preamble), lines re-joined. */
public record Paragraph(String text, Integer section, SourceSpan span, List<Sentence> sentences) {
  public Paragraph {
    sentences = List.copyOf(sentences);
  }
}
