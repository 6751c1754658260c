package prikaz.parser.internal.read.positional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.internal.read.Layout;

/**
 * A ruled table that has its column borders and its frame but no row borders (a fax loses them,
 * or the table was drawn so): the rows are told by the item numbers of the first column.
 */
class NumberedRowsTest {
  private static final double SIZE = 10;
  private static final double CHAR = 5;

  private static List<Word> line(double x, double baseline, String text) {
    List<Word> words = new ArrayList<>();
    double at = x;
    for (String w : text.split(" ")) {
      words.add(new Word(w, 1, at, baseline - SIZE * 0.75, at + w.length() * CHAR, baseline, SIZE, 90));
      at += (w.length() + 1) * CHAR;
    }
    return words;
  }

  /** Column borders at xs from top to bottom, and the frame's top and bottom; no row borders. */
  private static List<Ruling> columnsOnly(double[] xs, double top, double bottom) {
    List<Ruling> rulings = new ArrayList<>();
    rulings.add(new Ruling(1, xs[0], top, xs[xs.length - 1], top));
    rulings.add(new Ruling(1, xs[0], bottom, xs[xs.length - 1], bottom));
    for (double x : xs) {
      rulings.add(new Ruling(1, x, top, x, bottom));
    }
    return rulings;
  }

  private static List<String> texts(Layout.Row row) {
    return row.cells().stream().map(Layout.Cell::text).toList();
  }

  private static Layout.Table table(List<Word> words, double bottom) {
    Layout layout = PositionalLayout.build(List.of(new Page(1, 600, 800, words,
        columnsOnly(new double[] {50, 80, 300, 400}, 100, bottom))));
    return assertInstanceOf(Layout.Table.class, layout.blocks().get(0));
  }

  @Test
  void eachItemNumberStartsARowAndTheHeaderAboveIsARowOfItsOwn() {
    List<Word> words = new ArrayList<>();
    words.addAll(line(52, 112, "№"));
    words.addAll(line(82, 112, "Содержание работы"));
    words.addAll(line(302, 112, "Срок"));
    words.addAll(line(52, 140, "1."));
    words.addAll(line(82, 140, "Смотр строя и песни"));
    words.addAll(line(82, 152, "в актовом зале"));
    words.addAll(line(302, 140, "февраль"));
    words.addAll(line(52, 172, "2."));
    words.addAll(line(82, 172, "Выставка рисунков"));
    words.addAll(line(302, 172, "март"));
    words.addAll(line(302, 184, "2025 года"));
    words.addAll(line(52, 204, "3."));
    words.addAll(line(82, 204, "Поход в музей"));
    words.addAll(line(302, 204, "апрель"));

    Layout.Table table = table(words, 220);

    assertEquals(4, table.rows().size());
    assertEquals(List.of("№", "Содержание работы", "Срок"), texts(table.rows().get(0)));
    assertEquals(List.of("1.", "Смотр строя и песни\nв актовом зале", "февраль"), texts(table.rows().get(1)));
    assertEquals(List.of("2.", "Выставка рисунков", "март\n2025 года"), texts(table.rows().get(2)));
    assertEquals(List.of("3.", "Поход в музей", "апрель"), texts(table.rows().get(3)));
  }

  @Test
  void cellsSetInTheMiddleOfTheirRowsArePartedAtTheWidestGap() {
    // Row 1 has three lines of activity, its number and deadline on the middle one.
    List<Word> words = new ArrayList<>();
    words.addAll(line(82, 112, "Первая строка"));
    words.addAll(line(52, 124, "1."));
    words.addAll(line(82, 124, "вторая строка"));
    words.addAll(line(302, 124, "май"));
    words.addAll(line(82, 136, "третья строка"));
    words.addAll(line(82, 160, "Другое дело"));
    words.addAll(line(52, 172, "2."));
    words.addAll(line(82, 172, "его продолжение"));
    words.addAll(line(302, 172, "июнь"));

    Layout.Table table = table(words, 190);

    assertEquals(2, table.rows().size());
    assertEquals(List.of("1.", "Первая строка\nвторая строка\nтретья строка", "май"), texts(table.rows().get(0)));
    assertEquals(List.of("2.", "Другое дело\nего продолжение", "июнь"), texts(table.rows().get(1)));
  }

  @Test
  void datesInAFirstColumnAreNotItemNumbers() {
    List<Word> words = new ArrayList<>();
    words.addAll(line(52, 112, "01.09"));
    words.addAll(line(82, 112, "Линейка"));
    words.addAll(line(52, 124, "15.09"));
    words.addAll(line(82, 124, "Кросс"));

    Layout.Table table = table(words, 140);

    assertEquals(1, table.rows().size());
    assertEquals(List.of("01.09 15.09", "Линейка\nКросс", ""), texts(table.rows().get(0)));
  }
}
