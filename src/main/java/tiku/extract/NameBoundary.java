package tiku.extract;

import java.util.List;
import tiku.read.Chars;

/**
 * Where a Chinese name that ends at a known point begins: walking back over name characters until
 * a particle (與, 和, 的, 在, …) or punctuation, then cutting after the last verb (深化, 會見, …)
 * and dropping determiners (兩國, 雙方, 該, …). Chinese has no spaces, so these function words are
 * the word boundaries a rule can trust.
 */
final class NameBoundary {
  private static final String STOP_CHARS = "與与及和、的在將将由同對对向把為为是於于從从至到以並并或跟讓让被給给就即也又還还等";

  private static final List<String> CUTS =
      List.of(
          "深化", "加強", "加强", "推動", "推动", "通過", "通过", "支持", "肯定", "歡迎", "欢迎", "建立", "提升", "參與", "参与",
          "發揮", "发挥", "負責", "负责", "實現", "实现", "呼籲", "呼吁", "強調", "强调", "同意", "承諾", "承诺", "尊重",
          "利用", "會見", "会见", "出訪", "出访", "訪問", "访问", "舉辦", "举办", "感謝", "感谢", "贊賞", "赞赏", "認可",
          "认可", "邀請", "邀请", "根據", "根据", "依照", "遵守", "落實", "落实", "簽署", "签署", "協調", "协调", "強化",
          "强化", "指出", "表示", "成為", "成为", "作為", "作为", "擔任", "担任", "包括", "特別是", "特别是", "透過", "透过",
          "代表", "主持", "面對", "面对", "智庫", "智库", "打擊", "打击", "交予", "推進", "推进", "據", "据", "應", "应", "自", "當", "当", "令");

  private static final List<String> DETERMINERS =
      List.of("兩國", "两国", "雙方", "双方", "各國", "各国", "該", "该", "其", "相關", "相关", "有關", "有关", "此", "這", "这",
          "多個", "多个", "一個", "一个", "各", "本");

  private NameBoundary() {}

  /** A name's start, and whether a particle or punctuation (not the length limit) ended the walk. */
  record Start(int index, boolean clean) {}

  /** Where the name ending at {@code end} starts, looking back at most {@code max} characters. */
  static Start start(String t, int end, int max) {
    int i = end;
    boolean clean = false;
    while (i > 0) {
      if (end - i >= max) {
        break;
      }
      char c = t.charAt(i - 1);
      boolean nameChar = Chars.isHan(c) || Character.isLetterOrDigit(c) || c == '-' || c == '·' || c == '・';
      if (!nameChar) {
        clean = true;
        break;
      }
      // 共和國 is a name, not 共 + 和
      if (STOP_CHARS.indexOf(c) >= 0 && !(c == '和' && i > 1 && t.charAt(i - 2) == '共')) {
        clean = true;
        break;
      }
      i--;
    }
    if (i == 0) {
      clean = true;
    }
    int start = i;
    String window = t.substring(i, end);
    for (String cut : CUTS) {
      int at = window.lastIndexOf(cut);
      if (at >= 0 && i + at >= start && i + at + cut.length() <= end - 1) {
        start = i + at + cut.length();
        clean = true;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String d : DETERMINERS) {
        if (t.startsWith(d, start) && start + d.length() < end) {
          start += d.length();
          changed = true;
        }
      }
    }
    return new Start(start, clean);
  }
}
