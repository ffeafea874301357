package tiku.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import tiku.model.Language;
import tiku.render.RenderOptions;

/** The options of commands that write output files. */
public final class OutputOptions {
  @Option(names = "--title", description = "Title printed on worksheets and pages (default: the document's).")
  String title;

  @Option(names = "--lang", paramLabel = "LANG", description = "Label language: zh-Hant, zh-Hans or en (default: the document's).")
  String lang;

  @Option(names = "--forms", split = ",", paramLabel = "FORM", description = "Worksheet forms, e.g. A,B: the same questions in different orders, each with its own key.")
  List<String> forms = new ArrayList<>();

  @Option(names = "--key", paramLabel = "WHERE", defaultValue = "separate", description = "separate (default) or inline: the answer key after the worksheet.")
  String key;

  @Option(names = "--points", paramLabel = "N", description = "Points per question (default: by section).")
  Integer points;

  @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4", description = "A4 (default) or Letter.")
  String paper;

  @Option(names = "--font", paramLabel = "PATH[,INDEX]", description = "A TrueType font for PDF output instead of the bundled Noto Sans.")
  String font;

  @Option(names = "--deck", paramLabel = "NAME", description = "Anki deck name (default: Tiku::<title>).")
  String deck;

  public RenderOptions toRenderOptions(long seed) {
    Language language = null;
    if (lang != null) {
      try {
        language = Language.fromTag(lang);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--lang: " + e.getMessage());
      }
    }
    if (!key.equals("separate") && !key.equals("inline")) {
      throw new UsageException("--key must be 'separate' or 'inline', not '" + key + "'");
    }
    String p = paper.equalsIgnoreCase("a4") ? "A4" : paper.equalsIgnoreCase("letter") ? "Letter" : null;
    if (p == null) {
      throw new UsageException("--paper must be A4 or Letter, not '" + paper + "'");
    }
    if (points != null && points < 1) {
      throw new UsageException("--points must be at least 1");
    }
    for (String f : forms) {
      if (!f.matches("[A-Za-z0-9]{1,3}")) {
        throw new UsageException("--forms: form labels are short letters or digits such as A,B (not '" + f + "')");
      }
    }
    if (forms.stream().distinct().count() != forms.size()) {
      throw new UsageException("--forms: each form label once");
    }
    return new RenderOptions(title, language, seed, forms, key.equals("inline"), points, p, font, deck);
  }
}
