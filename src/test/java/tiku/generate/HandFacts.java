package tiku.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tiku.model.Agreement;
import tiku.model.Citation;
import tiku.model.Document;
import tiku.model.Facts;
import tiku.model.Language;
import tiku.model.Organization;
import tiku.model.Person;
import tiku.model.Quantity;
import tiku.model.YearEvent;

/** Hand-made facts for the seed, over {@link SimpleReader}'s document: the generator's test bed. */
final class HandFacts {
  static final Path SEED = Path.of("/work/shared/seeds/000_b9c5571c24802257.txt");

  private HandFacts() {}

  static String text(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Facts seed() {
    return seed(read(Banks.file(Banks.SEED)));
  }

  static Document read(Path p) {
    try {
      return tiku.read.Readers.read(p, tiku.read.ReadOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Facts seed(Document d) {
    List<Agreement> ag = new ArrayList<>();
    ag.add(a("維也納外交關係公約"));
    ag.add(a("維也納領事關係公約"));
    ag.add(a("東盟-英國互聯互通聯合聲明"));
    ag.add(a("2022-2026年東盟-英國行動計劃"));
    ag.add(a("國防合作備忘錄"));
    ag.add(a("聯合國網絡犯罪公約"));
    ag.add(a("越南-英國自由貿易協定", "英越自由貿協定", "UKVFTA"));
    ag.add(a("全面與進步跨太平洋夥伴關係協定", "跨太平洋夥伴全面進步協定", "CPTPP"));
    ag.add(a("工作中的基本原則與權利宣言"));
    ag.add(a("關於海關合作與行政互助的協定"));
    ag.add(a("越南-英國國際金融中心夥伴關係"));
    ag.add(a("越南-英國綠色金融夥伴關係"));
    ag.add(a("2025年科學技術與創新合作備忘錄"));
    ag.add(a("公正能源轉型夥伴關係框架"));
    ag.add(a("越南-英國清潔能源夥伴關係"));
    ag.add(a("氣候夥伴關係備忘錄"));
    ag.add(a("減災夥伴關係"));
    ag.add(a("教育合作意向書"));
    ag.add(a("教育合作備忘錄"));
    ag.add(a("城市對城市夥伴關係"));
    ag.add(a("聯合國憲章"));
    ag.add(a("聯合國海洋法公約"));
    ag.add(a("東海各方行為宣言", "DOC"));
    ag.add(a("東海行為準則", "COC"));
    List<Organization> orgs = List.of(
        new Organization("東南亞國協", "ASEAN", null),
        new Organization("尤索夫伊薩東南亞研究院", null, null),
        new Organization("英國稅務海關總署", null, null),
        new Organization("國家犯罪局", null, null),
        new Organization("英國出口信貸署", null, null),
        new Organization("英國文化協會", null, null),
        new Organization("湄公河委員會", null, null),
        new Organization("國際勞工組織", null, null),
        new Organization("越南公安部", null, null),
        new Organization("越南工貿部", null, null),
        new Organization("聯合國人權理事會", null, null),
        new Organization("越南-英國經貿合作聯合委員會", null, null),
        new Organization("越共中央委員會", null, null));
    List<Person> people = List.of(
        new Person("蘇林", "越共總書記", "To Lam", null),
        new Person("施凱爾", "英國首相", "Keir Starmer", null),
        new Person("黃氏河", "區域戰略與政策研究計畫共同主持人", "Hoang Thi Ha", null),
        new Person("范氏芳草", "ASEAN研究中心研究員", "Nguyen Thi Phuong Thao", null),
        new Person("基爾・斯塔默", "英國首相", null, null));
    List<YearEvent> years = List.of(
        y(1973, null, "越英建交", 1),
        y(2010, null, "越英建立戰略夥伴關係", 1),
        y(2025, "2025年10月28日", "蘇林對英國進行正式訪問", 2),
        y(2050, null, "實現「凈零排放」目標", 30),
        y(2035, null, "英語成為越南學校第二語言", 36),
        y(2025, "2025年1月", "越共中央委員會通過決議", null));
    List<Quantity> quantities = List.of(
        new Quantity("50億", "英鎊", "充分利用英國出口信貸署提供的50億英鎊出口信貸支持。", new Citation(25, null, null)),
        new Quantity("16", "個國家", "一年內造訪16個國家。", null));
    return new Facts(d, ag, orgs, people, years, quantities);
  }

  private static Agreement a(String name, String... aliases) {
    return new Agreement(name, List.of(aliases), List.of(), List.of());
  }

  private static YearEvent y(int year, String date, String event, Integer clause) {
    return new YearEvent(year, date, event, null, clause == null ? null : new Citation(clause, null, null));
  }
}
