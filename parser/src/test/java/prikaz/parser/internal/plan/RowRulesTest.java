package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Field;
import prikaz.parser.model.Item;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.read.TextReader;

/** Each row rule on a table of its own, and the rule alone on the row it is about. */
class RowRulesTest {

  private static PlanExtractor.Result extract(String text) {
    return PlanExtractor.extract(TextReader.parse(text), 0, null);
  }

  /** The plan so far: one item with the given activity and deadline, nothing else. */
  private static RowRules.Built after(String activity, String deadline, boolean sectionOpened) {
    ItemDraft item = activity == null ? null
        : new ItemDraft("1", null, Map.of(Field.ACTIVITY, activity, Field.DEADLINE, deadline), Map.of());
    return new RowRules.Built() {
      @Override
      public ItemDraft current() {
        return item;
      }

      @Override
      public boolean sectionOpened() {
        return sectionOpened;
      }

      @Override
      public boolean numbered() {
        return true;
      }
    };
  }

  private static PlanRow row(String number, String activity, String deadline, boolean afterBreak) {
    return new PlanRow(number, Map.of(Field.ACTIVITY, activity, Field.DEADLINE, deadline), Map.of(), false,
        afterBreak, List.of(), 0);
  }

  @Test
  void newItemIsWhatNoRuleKnows() {
    assertEquals(RowRules.Kind.ITEM, RowRules.classify(row("2", "Совещание", "май", false), after("Педсовет", "март", false)));
    Plan plan = extract("""
        | № | Мероприятие | Срок |
        |---|---|---|
        | 1 | Педсовет | март |
        | 2 | Совещание | май |
        """).plans().get(0);
    assertEquals(List.of("Педсовет", "Совещание"), plan.items().stream().map(Item::activity).toList());
    assertEquals("май", plan.items().get(1).deadline().text());
  }

  @Test
  void subItemGoesUnderAnItemWithoutDeadline() {
    RowRules.Rule rule = new RowRules.SubItem();
    assertEquals(RowRules.Kind.SUB_ITEM, rule.classify(row(null, "для учителей", "январь", false), after("Семинары:", "", false)));
    assertNull(rule.classify(row(null, "для учителей", "январь", false), after("Семинар", "март", false)));
    Plan plan = extract("""
        | № | Мероприятие | Срок |
        |---|---|---|
        | 1 | Семинары: | |
        | | для учителей | январь |
        | | для родителей | февраль |
        | 2 | Совещание | май |
        """).plans().get(0);
    assertEquals(2, plan.items().size());
    List<Item> subs = plan.items().get(0).subitems();
    assertEquals(List.of("для учителей", "для родителей"), subs.stream().map(Item::activity).toList());
    assertEquals("февраль", subs.get(1).deadline().text());
  }

  @Test
  void sectionRowIsTextAloneWhoseNumberHoldsTheNextItems() {
    RowRules.Rule rule = new RowRules.SectionRow();
    assertEquals(RowRules.Kind.SECTION, rule.classify(row(null, "Работа с кадрами", "", false), after(null, "", false)));
    assertNull(rule.classify(row(null, "Работа с кадрами", "май", false), after(null, "", false)));
    Plan plan = extract("""
        | № | Мероприятие | Срок |
        |---|---|---|
        | 2 | Работа с кадрами | |
        | 2.1 | Аттестация | март |
        | 2.2 | Курсы | апрель |
        """).plans().get(0);
    assertEquals(List.of("2.1", "2.2"), plan.items().stream().map(Item::number).toList());
    assertEquals("2", plan.items().get(0).section().number());
    assertEquals("Работа с кадрами", plan.items().get(1).section().title());
  }

  @Test
  void textContinuationJoinsLowerCaseOrUnfinishedText() {
    RowRules.Rule rule = new RowRules.TextContinuation();
    assertEquals(RowRules.Kind.TEXT_CONTINUATION, rule.classify(row(null, "и родителей", "", false), after("Собрание учителей", "май", false)));
    assertEquals(RowRules.Kind.TEXT_CONTINUATION, rule.classify(row(null, "Родителей", "", false), after("Собрание для", "май", false)));
    assertNull(rule.classify(row(null, "Итоги года", "", false), after("Собрание учителей.", "май", false)));
    PlanExtractor.Result result = extract("""
        | № | Мероприятие | Срок |
        |---|---|---|
        | 1 | Собрание учителей | май |
        | | и родителей выпускников | |
        """);
    assertEquals("Собрание учителей и родителей выпускников", result.plans().get(0).items().get(0).activity());
    assertEquals(Warning.Code.ROW_CONTINUED, result.warnings().get(0).code());
    assertEquals("plan 1, item 1", result.warnings().get(0).where().text());
  }

  @Test
  void listContinuationKeepsANumberedListInsideTheCell() {
    assertTrue(RowRules.ListContinuation.continuesList("Проверить:\n1. журналы", "2"));
    assertFalse(RowRules.ListContinuation.continuesList("Проверить журналы", "2"));
    assertEquals(RowRules.Kind.LIST_CONTINUATION, new RowRules.ListContinuation().classify(
        row("2", "тетради", "", false), after("Проверить:\n1. журналы", "май", false)));
    PlanExtractor.Result result = extract("""
        | № | Мероприятие | Срок |
        |---|---|---|
        | 1 | Проверить: 1. журналы | май |
        | 2 | тетради | |
        """);
    List<Item> items = result.plans().get(0).items();
    assertEquals(1, items.size());
    assertEquals("Проверить: 1. журналы\n2. тетради", items.get(0).activity());
    assertEquals(Warning.Code.LIST_CONTINUED, result.warnings().get(0).code());
  }

  @Test
  void pageContinuationJoinsTheRowCutByAPageBreak() {
    RowRules.Rule rule = new RowRules.PageContinuation();
    assertEquals(RowRules.Kind.PAGE_CONTINUATION, rule.classify(row(null, "района", "", true), after("Справка для школ", "май", false)));
    assertNull(rule.classify(row(null, "района", "", false), after("Справка для школ", "май", false)));
    PlanExtractor.Result result = extract("""
        №\tМероприятие\tСроки\tОтветственные
        1.\tСовещание директоров\tсентябрь\tОтдел
        2.\tСправка о питании школьников\tоктябрь\tМетодист

        №\tМероприятие\tСроки\tОтветственные
        \tВ Городском Округе\t\t
        3.\tСеминар\tноябрь\tЦентр
        """);
    List<Item> items = result.plans().get(0).items();
    assertEquals(List.of("1", "2", "3"), items.stream().map(Item::number).toList());
    assertEquals("Справка о питании школьников В Городском Округе", items.get(1).activity());
  }

  @Test
  void sectionCutByAPageBreakKeepsItsWholeTitle() {
    assertEquals(RowRules.Kind.SECTION_CONTINUED, new RowRules.SectionCutByPage().classify(
        row(null, "и методическая работа", "", true), after("Педсовет", "март", true)));
    PlanExtractor.Result result = extract("""
        №\tМероприятие\tСроки\tОтветственные
        1.\tПедсовет\tмарт\tДиректор
        \tОрганизационная\t\t

        №\tМероприятие\tСроки\tОтветственные
        \tи методическая работа\t\t
        2.\tСеминар\tноябрь\tЦентр
        """);
    Item seminar = result.plans().get(0).items().get(1);
    assertEquals("Организационная и методическая работа", seminar.section().title());
  }
}
