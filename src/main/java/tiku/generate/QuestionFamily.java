package tiku.generate;

import java.util.List;

/** One rule for making questions of one kind from a document's facts. */
interface QuestionFamily {
  List<Draft> drafts(GenerationContext ctx);
}
