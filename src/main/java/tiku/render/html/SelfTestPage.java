package tiku.render.html;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf templates of the self-test page ({@code templates/html/} in the jar): the page in
 * HTML mode, its stylesheet and script in CSS and JavaScript modes, inserted inline so the page
 * needs no other file.
 */
final class SelfTestPage {
  private static final TemplateEngine ENGINE = engine();

  private SelfTestPage() {}

  /** The whole page for these template variables. */
  static String render(Map<String, Object> variables) {
    Context ctx = new Context(java.util.Locale.ROOT, variables);
    return ENGINE.process("selftest.html", ctx);
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(SelfTestPage.class.getClassLoader());
    resolver.setPrefix("templates/html/");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCSSTemplateModePatterns(java.util.Set.of("*.css"));
    resolver.setJavaScriptTemplateModePatterns(java.util.Set.of("*.js"));
    resolver.setSuffix("");
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
