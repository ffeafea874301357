package tiku.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.Quantity;

/**
 * Finds numbers with their units: 50億英鎊, 16個國家, 35周年, 10%, $100 billion, 1.5 degrees. Dates,
 * years, ordinals (第三) and numbers inside a name in 《》 are not quantities.
 */
public final class QuantityExtractor {
  private static final String NUMBER = "([0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?)";
  private static final Pattern CHINESE =
      Pattern.compile(
          "(?<![0-9A-Za-z.,第])" + NUMBER + "\\s?+(萬億|万亿|千億|千亿|百萬|百万|千萬|千万|億|亿|萬|万|兆)?+\\s?+"
              + "(%|％|英鎊|英镑|美元|歐元|欧元|日圓|日元|日圆|人民幣|人民币|港元|港幣|港币|新台幣|新台币|越南盾|元|"
              + "個百分點|个百分点|周年|週年|倍|公里|公斤|公頃|公顷|噸|吨|平方公里|"
              + "(?:個|个|名|位|項|项|家|所|座|艘|架|次|國|国|人|年)(?:國家|国家|成員國|成员国|城市|項目|项目|企業|企业|學生|学生)?)");
  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?<![0-9A-Za-z.,])(\\$|£|€|US\\$)?" + NUMBER + "(?: (million|billion|trillion))?"
              + "(%| per cent| percent| degrees?| days?| years?| months?| weeks?| countries| people| tonnes| tons| km| miles"
              + "| hectares| jobs| members| states| nations)?(?![0-9A-Za-z])");

  static final StartScan CHINESE_AT = StartScan.startingWith(CHINESE, "0123456789");
  static final StartScan ENGLISH_AT = StartScan.startingWith(ENGLISH, "$£€U0123456789");

  private QuantityExtractor() {}

  public static List<Quantity> extract(List<TextUnit> units) {
    List<Quantity> out = new ArrayList<>();
    for (TextUnit u : units) {
      if (!Digits.any(u.text())) {
        continue; // both patterns need a digit
      }
      if (u.mostlyLatin()) {
        english(u, out);
      } else {
        chinese(u, out);
      }
    }
    return out;
  }

  private static void chinese(TextUnit u, List<Quantity> out) {
    String t = u.text();
    StartScan.Cursor m = CHINESE_AT.in(t);
    while (m.find()) {
      String unit = m.group(3);
      String value = m.group(1) + (m.group(2) != null ? m.group(2) : "");
      if (unit.equals("年") && m.group(1).length() == 4 || BookTitle.encloses(t, m.start())) {
        continue; // a year, or part of a name
      }
      if (unit.equals("年") || unit.equals("國") || unit.equals("国") || unit.equals("人") && m.group(2) == null && m.group(1).length() > 3) {
        continue; // 2年 is a duration question rarely worth asking; 國/人 alone read ambiguously
      }
      var c = u.cite(m.start());
      out.add(new Quantity(value, unit, c.sentence(), c));
    }
  }

  private static void english(TextUnit u, List<Quantity> out) {
    String t = u.text();
    StartScan.Cursor m = ENGLISH_AT.in(t);
    while (m.find()) {
      String currency = m.group(1);
      String unit = m.group(4) != null ? m.group(4).trim() : null;
      if (currency == null && unit == null) {
        continue;
      }
      String value = m.group(2) + (m.group(3) != null ? " " + m.group(3) : "");
      String u2 = currency != null ? currency + (unit != null ? " " + unit : "") : unit;
      var c = u.cite(m.start());
      out.add(new Quantity(value, u2, c.sentence(), c));
    }
  }
}
