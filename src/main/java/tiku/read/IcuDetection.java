package tiku.read;

import java.nio.charset.Charset;

/** ICU4J's charset detector, loaded only when a file is neither UTF-8 nor CP950. */
final class IcuDetection {
  private IcuDetection() {}

  /** The best strict decode among ICU's guesses with enough confidence, or null. */
  static TextDecoder.Decoded detect(byte[] bytes, int minConfidence) {
    var detector = new com.ibm.icu.text.CharsetDetector();
    detector.setText(bytes);
    for (var match : detector.detectAll()) {
      if (match.getConfidence() < minConfidence) {
        break;
      }
      Charset charset = charsetFor(match.getName());
      if (charset == null) {
        continue;
      }
      String text = TextDecoder.strict(bytes, charset, 0);
      if (text != null) {
        return new TextDecoder.Decoded(text, charset);
      }
    }
    return null;
  }

  private static Charset charsetFor(String name) {
    if ("Big5".equalsIgnoreCase(name)) {
      return TextDecoder.CP950;
    }
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
