package tiku.render.moodle;

/**
 * A Moodle short-answer key: Moodle treats {@code *} as "any text" and {@code \*} as a star, so a
 * star in the document's answer is escaped to keep it literal.
 */
final class ShortAnswerText {
  private ShortAnswerText() {}

  static String pattern(String answer) {
    return answer.replace("*", "\\*");
  }
}
