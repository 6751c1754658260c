package prikaz.parser.internal.read.positional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.internal.read.Layout;

/**
 * A plan table running on to the next page without its header row, where that page's grid is not
 * the first page's: its cells are read in the first page's columns, by where they stand.
 */
class ContinuedColumnsTest {
  private static final double SIZE = 10;
  private static final double CHAR = 5;

  private static List<Word> line(int page, double x, double baseline, String text) {
    List<Word> words = new ArrayList<>();
    double at = x;
    for (String w : text.split(" ")) {
      words.add(new Word(w, page, at, baseline - SIZE * 0.75, at + w.length() * CHAR, baseline, SIZE, 90));
      at += (w.length() + 1) * CHAR;
    }
    return words;
  }

  private static List<Ruling> grid(int page, double[] xs, double[] ys) {
    List<Ruling> rulings = new ArrayList<>();
    for (double y : ys) {
      rulings.add(new Ruling(page, xs[0], y, xs[xs.length - 1], y));
    }
    for (double x : xs) {
      rulings.add(new Ruling(page, x, ys[0], x, ys[ys.length - 1]));
    }
    return rulings;
  }

  private static Page firstPage() {
    List<Word> words = new ArrayList<>();
    words.addAll(line(1, 52, 712, "№"));
    words.addAll(line(1, 82, 712, "Мероприятие"));
    words.addAll(line(1, 302, 712, "Срок"));
    words.addAll(line(1, 402, 712, "Ответственный"));
    words.addAll(line(1, 52, 732, "1."));
    words.addAll(line(1, 82, 732, "Субботник"));
    words.addAll(line(1, 302, 732, "апрель"));
    words.addAll(line(1, 402, 732, "Петров П.П."));
    return new Page(1, 600, 800, words, grid(1, new double[] {50, 80, 300, 400, 500}, new double[] {700, 720, 740}));
  }

  private static List<String> texts(Layout.Row row) {
    return row.cells().stream().map(Layout.Cell::text).toList();
  }

  private static List<Layout.Table> tables(Layout layout) {
    return layout.blocks().stream().filter(Layout.Table.class::isInstance).map(Layout.Table.class::cast).toList();
  }

  @Test
  void aContinuationPageThatLostAColumnBorderIsReadInTheFirstPagesColumns() {
    List<Word> words = new ArrayList<>();
    words.addAll(line(2, 52, 112, "2."));
    words.addAll(line(2, 82, 112, "Концерт"));
    words.addAll(line(2, 302, 112, "май"));
    words.addAll(line(2, 402, 112, "Сидорова А.А."));
    words.addAll(line(2, 52, 132, "3."));
    words.addAll(line(2, 82, 132, "Выставка"));
    words.addAll(line(2, 302, 132, "июнь"));
    words.addAll(line(2, 402, 132, "Петров П.П."));
    // The border at 400 is lost on this page, and the «№» border is drawn 3 points aside.
    Page second = new Page(2, 600, 800, words, grid(2, new double[] {50, 83, 300, 500}, new double[] {100, 120, 140}));

    List<Layout.Table> tables = tables(PositionalLayout.build(List.of(firstPage(), second)));

    assertEquals(2, tables.size());
    assertEquals(List.of("2.", "Концерт", "май", "Сидорова А.А."), texts(tables.get(1).rows().get(0)));
    assertEquals(List.of("3.", "Выставка", "июнь", "Петров П.П."), texts(tables.get(1).rows().get(1)));
  }

  @Test
  void anotherTableOfTheSameWidthOnTheNextPageKeepsItsOwnColumns() {
    List<Word> words = new ArrayList<>();
    words.addAll(line(2, 52, 112, "Фамилия"));
    words.addAll(line(2, 252, 112, "Должность"));
    Page second = new Page(2, 600, 800, words, grid(2, new double[] {50, 250, 500}, new double[] {100, 120}));

    List<Layout.Table> tables = tables(PositionalLayout.build(List.of(firstPage(), second)));

    assertEquals(List.of("Фамилия", "Должность"), texts(tables.get(1).rows().get(0)));
  }
}
