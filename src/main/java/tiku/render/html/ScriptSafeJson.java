package tiku.render.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON that can sit inside an HTML {@code <script type="application/json">} element as it is: every
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 is written as a backslash-u escape, so no
 * document text can close the element, open a comment or break a JavaScript parser.
 */
public final class ScriptSafeJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private ScriptSafeJson() {}

  /** The value as one line of script-safe JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writer().with(new HtmlScriptEscapes()).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the self-test data as JSON", e);
    }
  }

  /** Jackson's standard escapes plus the characters that matter to an HTML script element. */
  private static final class HtmlScriptEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] table;

    HtmlScriptEscapes() {
      table = CharacterEscapes.standardAsciiEscapesForJSON();
      table['<'] = CharacterEscapes.ESCAPE_STANDARD;
      table['>'] = CharacterEscapes.ESCAPE_STANDARD;
      table['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // line and paragraph separators end a line in older JavaScript parsers
      if (ch == 0x2028) {
        return new com.fasterxml.jackson.core.io.SerializedString("\\u2028");
      }
      if (ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString("\\u2029");
      }
      return null;
    }
  }
}
