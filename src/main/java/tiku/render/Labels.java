package tiku.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import tiku.model.Answer;
import tiku.model.Clause;
import tiku.model.Difficulty;
import tiku.model.Language;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;

/**
 * The words every output prints around the questions, in the document's language. A renderer may
 * keep its own extra labels in a bundle named {@code labels_<lang>.properties} beside its class.
 */
public final class Labels {
  private final Language language;
  private final Properties props;

  private Labels(Language language, Properties props) {
    this.language = language;
    this.props = props;
  }

  /** The shared labels. */
  public static Labels of(Language language) {
    return load(Labels.class, language);
  }

  /** The labels in {@code labels_<lang>.properties} beside {@code owner}, over the shared ones. */
  public static Labels load(Class<?> owner, Language language) {
    Properties p = new Properties();
    if (owner != Labels.class) {
      p.putAll(of(language).props);
    }
    String name = "labels_" + language.tag() + ".properties";
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + owner.getPackageName() + "/" + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Labels(language, p);
  }

  public Language language() {
    return language;
  }

  public String get(String key) {
    String v = props.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("no label '" + key + "' for " + language.tag());
    }
    return v;
  }

  public String format(String key, Object... args) {
    return new MessageFormat(get(key), Locale.ROOT).format(args);
  }

  public String type(QuestionType t) {
    return get("type." + t.id());
  }

  public String difficulty(Difficulty d) {
    return get("difficulty." + d.id());
  }

  /**
   * "第5條", "Clause 5", "Item 12" for the twelfth of a list of dash-led items (a dash is no
   * label a reader can look up), or the plain "source text" label for prose.
   */
  public String clause(QuestionSource s) {
    if (s == null || s.clause() == null) {
      return get("source.text");
    }
    return Clause.numbered(s.label())
        ? format("source.clause", s.label())
        : format("source.item", String.valueOf(s.clause()));
  }

  /** An answer as a reader of this language expects it (true/false as ○/× or True/False). */
  public String answer(Answer a) {
    if (a instanceof Answer.Truth t) {
      return get(t.value() ? "true" : "false");
    }
    return a.display();
  }
}
