package prikaz.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.OrderParser;
import prikaz.diff.OrderDiff.FieldChange;
import prikaz.diff.OrderDiff.RowChanges;
import prikaz.diff.OrderDiff.Status;
import prikaz.diff.OrderDiff.WordEdit;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Field;
import prikaz.parser.model.Order;

/**
 * The diff on the test pairs of samples/diff, against what was written down by hand when the
 * pairs were made: a next year's version, a reworded and reordered one, and unrelated orders.
 */
class PlanDiffTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final OrderParser PARSER = OrderParser.builder().build();

  private static Order parse(String name) throws Exception {
    return PARSER.parse(SAMPLES.resolve(name));
  }

  /** «status old→new» for every row, in the report's order. */
  private static List<String> outline(OrderDiff diff) {
    List<String> lines = new ArrayList<>();
    for (RowChanges row : diff.plans().get(0).rows()) {
      String before = row.before() == null ? "" : number(row.before());
      String after = row.after() == null ? "" : number(row.after());
      lines.add(row.status() + " " + before + ">" + after);
    }
    return lines;
  }

  private static String number(OrderDiff.Row row) {
    return row.number() != null ? row.number() : row.parent() + "." + row.activity().substring(0, 10);
  }

  private static RowChanges row(OrderDiff diff, String before) {
    return diff.plans().get(0).rows().stream().filter(r -> r.before() != null && before.equals(r.before().number()))
        .findFirst().orElseThrow();
  }

  @Test
  void nextYearsPlan() throws Exception {
    OrderDiff diff = PlanDiff.compare(parse("artem-2020-218.txt"), parse("diff/artem-2021-305.txt"));
    assertEquals(List.of(
        "unchanged 1>1", "changed 2>2", "unchanged 3>3", "unchanged 4>4", "unchanged 5>5", "added >6",
        "changed 6>7", "removed 7>", "unchanged 8>8", "unchanged 9>9", "added >10", "changed 10>11",
        "unchanged 11>12", "changed 12>13", "removed 13>", "changed 14>14", "unchanged 15>15", "unchanged 16>16",
        "added >17", "unchanged 17>18", "unchanged 18>19"), outline(diff));
    assertEquals(12, diff.plans().get(0).shiftMonths(), "2020-2021 → 2021-2022");

    FieldChange moved = row(diff, "2").changes().get(0);
    assertEquals(Field.DEADLINE, moved.field());
    assertEquals("Октябрь 2020", moved.before());
    assertEquals("Ноябрь 2021", moved.after());
    assertEquals(1, moved.shiftMonths());
    assertEquals(1, row(diff, "10").changes().get(0).shiftMonths());
    assertEquals(1, row(diff, "14").changes().get(0).shiftMonths());

    FieldChange handedOver = row(diff, "6").changes().get(0);
    assertEquals(Field.RESPONSIBLE, handedOver.field());
    assertEquals(List.of("Заместитель начальника управления образования"), handedOver.added());
    assertEquals(List.of("МБУО Центр образования"), handedOver.removed());

    FieldChange reworded = row(diff, "12").changes().get(0);
    assertEquals(Field.ACTIVITY, reworded.field());
    assertEquals(List.of(
        new WordEdit(WordEdit.Op.equal, "Проведение мониторинга обеспечения объективности оценочных процедур на уровне ОО и анализ"),
        new WordEdit(WordEdit.Op.insert, "его"),
        new WordEdit(WordEdit.Op.equal, "результатов"),
        new WordEdit(WordEdit.Op.delete, "данного мониторинга")), reworded.words());
    assertEquals(1, row(diff, "12").changes().size());

    OrderDiff.HeaderChanges header = diff.header();
    assertNull(header.issuer());
    assertNull(header.signatory());
    assertEquals(1, header.basisRemoved().size());
    assertEquals("23а-1000", header.basisRemoved().get(0).number());
    assertEquals(LocalDate.of(2020, 9, 21), header.basisRemoved().get(0).date());
    assertEquals("23а-1150", header.basisAdded().get(0).number());
    assertEquals(1, header.basisAdded().size());

    OrderDiff.Summary summary = diff.summary();
    assertEquals(List.of(11, 5, 3, 2, 2), List.of(summary.unchanged(), summary.changed(), summary.added(),
        summary.removed(), summary.headerChanges()));
    assertEquals(java.util.Map.of("activity", 1, "deadline", 3, "responsible", 1), summary.fields());
    assertFalse(diff.equivalent());
    assertEquals("218", diff.before().number());
    assertEquals(LocalDate.of(2021, 10, 12), diff.after().date());
  }

  @Test
  void rewordedAndReorderedRows() throws Exception {
    OrderDiff diff = PlanDiff.compare(parse("anzhero-sudzhensk-2022-575.txt"), parse("diff/anzhero-sudzhensk-2022-640.txt"));
    assertEquals(List.of(
        "changed 5>1", "changed 1>2", "changed 6>3", "changed 2>4", "changed 4>5", "changed 3>6",
        "unchanged 9>7", "changed 7>8",
        "unchanged 10>9",                      // «учетом» → «учётом» only
        "changed 8>10", "changed 11>11",
        "changed 11.Обеспечени>11.Объективно", // the sub-items reordered: old c → new a
        "unchanged 11.Внутренняя>11.Внутренняя",
        "changed 11.Обеспечени>11.Функционир",
        "removed 12>"), outline(diff));
    for (RowChanges row : diff.plans().get(0).rows()) {
      if (row.status() == Status.changed) {
        // Parties written «О.А. Анкудинова, Г.А. Грязнова» for «Грязнова Г.А., Анкудинова О.А.» are the same.
        assertEquals(List.of(Field.ACTIVITY), row.changes().stream().map(FieldChange::field).toList(), row.toString());
      }
    }
    assertEquals(0, diff.plans().get(0).shiftMonths());
    assertEquals(new OrderDiff.TextChange("Начальник управления образования М.В. Семкина",
        "И.о. начальника управления образования О.А. Анкудинова"), diff.header().signatory());
    assertTrue(diff.header().basisAdded().isEmpty() && diff.header().basisRemoved().isEmpty());
    assertEquals(List.of(3, 11, 0, 1, 1), List.of(diff.summary().unchanged(), diff.summary().changed(),
        diff.summary().added(), diff.summary().removed(), diff.summary().headerChanges()));
  }

  @Test
  void unrelatedOrdersShareNoRows() throws Exception {
    OrderDiff diff = PlanDiff.compare(parse("anzhero-sudzhensk-2022-575.txt"), parse("artem-2020-218.txt"));
    assertEquals(0, diff.summary().unchanged() + diff.summary().changed(), outline(diff).toString());
    assertEquals(18, diff.summary().added());
    assertEquals(15, diff.summary().removed());
    assertFalse(diff.equivalent());
    assertEquals(3, diff.summary().headerChanges() - diff.header().basisAdded().size() - diff.header().basisRemoved().size()
        + 1, "issuer and signatory differ");
  }

  @Test
  void anOrderIsEquivalentToItselfInAnotherFormat() throws Exception {
    for (String name : List.of("artem-2020-218", "chernozemelsky-2022-533", "anzhero-sudzhensk-2022-575")) {
      OrderDiff diff = PlanDiff.compare(parse(name + ".txt"), parse(name + ".docx"));
      assertTrue(diff.equivalent(), name + ": " + outline(diff));
      assertEquals(0, diff.summary().changed() + diff.summary().added() + diff.summary().removed());
    }
    OrderDiff two = PlanDiff.compare(parse("chernozemelsky-2022-533.txt"), parse("chernozemelsky-2022-533.txt"));
    assertEquals(2, two.plans().size(), "plans are paired by title");
    assertTrue(two.plans().stream().allMatch(p -> p.status() == Status.unchanged));
  }

  /**
   * Precision and recall of row matching on the test pairs (rows paired by hand) and on every
   * pair of unrelated samples (no row should pair), at several thresholds and the default.
   */
  @Test
  void matchingPrecisionAndRecall() throws Exception {
    List<Order> samples = new ArrayList<>();
    for (String name : List.of("anzhero-sudzhensk-2022-575.txt", "artem-2020-218.txt", "chernozemelsky-2022-533.txt",
        "spb-moskovsky-2023-8.txt")) {
      samples.add(parse(name));
    }
    Order artem = parse("artem-2020-218.txt");
    Order artemNext = parse("diff/artem-2021-305.txt");
    Order anzhero = parse("anzhero-sudzhensk-2022-575.txt");
    Order anzheroReworded = parse("diff/anzhero-sudzhensk-2022-640.txt");
    double[] scores = null;
    for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, PlanDiff.DEFAULT_THRESHOLD}) {
      int[] counts = new int[3]; // true positives, false positives, false negatives
      measure(PlanDiff.compare(artem, artemNext, threshold), 16, counts);
      measure(PlanDiff.compare(anzhero, anzheroReworded, threshold), 14, counts);
      for (Order a : samples) {
        for (Order b : samples) {
          if (a != b) {
            OrderDiff diff = PlanDiff.compare(a, b, threshold);
            counts[1] += diff.summary().unchanged() + diff.summary().changed();
          }
        }
      }
      double precision = counts[0] / (double) (counts[0] + counts[1]);
      double recall = counts[0] / (double) (counts[0] + counts[2]);
      System.out.printf("diff matching at %.2f: %d pairs right, %d wrong, %d missed; precision %.3f, recall %.3f%n",
          threshold, counts[0], counts[1], counts[2], precision, recall);
      scores = new double[] {precision, recall};
    }
    assertEquals(1.0, scores[1], "recall at the default threshold");
    assertTrue(scores[0] >= 0.9, "precision at the default threshold " + scores[0]);
  }

  /**
   * A known pair: rows paired by hand, {@code expected} of them; which rows pair is checked by the
   * outlines above, so here only the count can differ.
   */
  private static void measure(OrderDiff diff, int expected, int[] counts) {
    int paired = diff.summary().unchanged() + diff.summary().changed();
    counts[0] += Math.min(paired, expected);
    counts[1] += Math.max(0, paired - expected);
    counts[2] += Math.max(0, expected - paired);
  }

  @Test
  void deadlinesAreComparedWithinThePlansYear() {
    Deadline september2022 = new Deadline("сентябрь 2022", Deadline.Kind.date, LocalDate.of(2022, 9, 1),
        LocalDate.of(2022, 9, 30), null, false);
    Deadline september2023 = new Deadline("Сентябрь 2023 г.", Deadline.Kind.date, LocalDate.of(2023, 9, 1),
        LocalDate.of(2023, 9, 30), null, false);
    Deadline november2023 = new Deadline("ноябрь 2023", Deadline.Kind.date, LocalDate.of(2023, 11, 1),
        LocalDate.of(2023, 11, 30), null, false);
    Deadline july2023 = new Deadline("июль 2023", Deadline.Kind.date, LocalDate.of(2023, 7, 1),
        LocalDate.of(2023, 7, 31), null, false);
    Deadline autumn2023 = new Deadline("сентябрь-октябрь 2023", Deadline.Kind.range, LocalDate.of(2023, 9, 1),
        LocalDate.of(2023, 10, 31), null, false);
    assertNull(FieldComparison.deadline(september2022, september2023, 12), "the same month of the next plan's year");
    assertEquals(2, FieldComparison.deadline(september2022, november2023, 12).shiftMonths());
    assertEquals(-2, FieldComparison.deadline(september2022, july2023, 12).shiftMonths());
    assertEquals(12, FieldComparison.deadline(september2022, september2023, 0).shiftMonths(), "same plan year: a year later");
    assertEquals(0, FieldComparison.deadline(september2022, autumn2023, 12).shiftMonths(), "same start, longer span");
    assertNull(FieldComparison.deadline(Deadline.unknown("по графику"), Deadline.unknown("По графику"), 12));
    assertNull(FieldComparison.deadline(Deadline.unknown("по плану 2022 года"), Deadline.unknown("по плану 2023 г."), 12));
    FieldChange kind = FieldComparison.deadline(Deadline.unknown("по графику"), Deadline.unknown("по запросу"), 12);
    assertEquals("по запросу", kind.after());
    assertNull(kind.shiftMonths());
    assertEquals("ноябрь 2023", FieldComparison.deadline(null, november2023, 12).after());
  }

  @Test
  void partiesAreOnePersonHoweverTheInitialsAreWritten() {
    String key = PersonKeys.of("Анкудинова О.А.");
    assertEquals(key, PersonKeys.of("О.А. Анкудинова"));
    assertEquals(key, PersonKeys.of("Анкудинова О. А."));
    assertEquals(key, PersonKeys.of("анкудинова о.а.,"));
    assertFalse(key.equals(PersonKeys.of("Анкудинова О.В.")));
    assertEquals(PersonKeys.of("Отдел образования"), PersonKeys.of("отдел  образования."));
  }

  @Test
  void abbreviationsAndWordFormsCompareAsTheirWords() {
    assertEquals(Words.stems("образовательные организации"), Words.stems("ОО"));
    assertEquals(Words.stems("в образовательных организациях"), Words.stems("в ОО"));
    assertEquals(Words.stems("учётом объективности"), Words.stems("учетом объективность"));
    assertEquals(List.of("проведен", "мониторинг", "сайт"), Words.stems("Проведение мониторинга на сайтах"));
    assertTrue(Words.stems(null).isEmpty());
  }
}
