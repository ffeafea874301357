import java.nio.file.Files;
import java.nio.file.Path;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Floor probe: Thymeleaf renders a small HTML template (from a String) with one th:text. */
public final class ThymeleafHtml {
  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]));
  }

  static void run(Path out) throws Exception {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    Context ctx = new Context();
    ctx.setVariable("title", "題庫 <floor>");
    String html = engine.process(
        "<!DOCTYPE html><html><head><title>x</title></head><body><h1 th:text=\"${title}\">x</h1></body></html>", ctx);
    Files.writeString(out, html);
  }
}
