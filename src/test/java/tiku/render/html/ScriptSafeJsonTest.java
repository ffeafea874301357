package tiku.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ScriptSafeJsonTest {
  @Property
  void anyTextComesBackUnchangedAndCannotLeaveTheScriptElement(@ForAll String text) throws Exception {
    String json = ScriptSafeJson.write(Map.of("t", List.of(text, "</script><!--" + text)));
    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    Map<?, ?> back = new ObjectMapper().readValue(json, Map.class);
    assertThat(back.get("t")).isEqualTo(List.of(text, "</script><!--" + text));
  }

  @Test
  void nonAsciiTextStaysReadable() {
    assertThat(ScriptSafeJson.write(List.of("第5條 «x»\u2028"))).isEqualTo("[\"第5條 «x»\\u2028\"]");
  }
}
