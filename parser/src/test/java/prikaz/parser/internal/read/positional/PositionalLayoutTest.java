package prikaz.parser.internal.read.positional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.internal.read.Layout;

/**
 * The positional builder on words and rulings laid out by hand, in points, as a PDF text layer or
 * OCR gives them: 10-point text, 12-point line pitch.
 */
class PositionalLayoutTest {
  private static final double SIZE = 10;
  private static final double CHAR = 5; // width of one character

  /** Words of one line starting at x, one character = 5 pt. */
  private static List<Word> line(int page, double x, double baseline, String text) {
    List<Word> words = new ArrayList<>();
    double at = x;
    for (String w : text.split(" ")) {
      words.add(new Word(w, page, at, baseline - SIZE * 0.75, at + w.length() * CHAR, baseline, SIZE));
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

  private static Page page(int number, List<Word> words, List<Ruling> rulings) {
    return new Page(number, 600, 800, words, rulings);
  }

  @Test
  void wordsFallIntoTheColumnsTheRulingsDraw() {
    List<Word> words = new ArrayList<>();
    words.addAll(line(1, 52, 112, "№"));
    words.addAll(line(1, 82, 112, "Мероприятие"));
    words.addAll(line(1, 302, 112, "Срок"));
    words.addAll(line(1, 52, 132, "1."));
    words.addAll(line(1, 82, 132, "Совещание"));
    words.addAll(line(1, 302, 132, "май 2024"));
    Layout layout = PositionalLayout.build(List.of(page(1, words,
        grid(1, new double[] {50, 80, 300, 400}, new double[] {100, 120, 140}))));

    Layout.Table table = assertInstanceOf(Layout.Table.class, layout.blocks().get(0));
    assertEquals(List.of("№", "Мероприятие", "Срок"), texts(table.rows().get(0)));
    assertEquals(List.of("1.", "Совещание", "май 2024"), texts(table.rows().get(1)));
  }

  @Test
  void aWrappedCellIsOneLineAndAListInItKeepsItsLines() {
    List<Word> words = new ArrayList<>();
    // The cell is 200 pt wide (40 characters): the first line is full, so it wraps.
    words.addAll(line(1, 82, 112, "Обновление пакета документов оценки ка"));
    words.addAll(line(1, 82, 124, "чества:"));
    words.addAll(line(1, 82, 136, "- положение;"));
    words.addAll(line(1, 82, 148, "- регламент."));
    Layout layout = PositionalLayout.build(List.of(page(1, words,
        grid(1, new double[] {50, 80, 281, 400}, new double[] {100, 160}))));

    Layout.Table table = assertInstanceOf(Layout.Table.class, layout.blocks().get(0));
    assertEquals("Обновление пакета документов оценки ка чества:\n- положение;\n- регламент.",
        table.rows().get(0).cells().get(1).text());
  }

  @Test
  void aShortLineIsBrokenOnPurposeAndALongOneWraps() {
    List<Word> words = new ArrayList<>();
    words.addAll(line(1, 50, 100, "Заведующая МКУ «Отдел"));          // short: the next word would fit
    words.addAll(line(1, 50, 112, "образования»"));
    words.addAll(line(1, 50, 140, "В соответствии с приказом министерства образования от 01.09.2023 №"));
    words.addAll(line(1, 50, 152, "15 «О плане»"));
    Layout layout = PositionalLayout.build(List.of(page(1, words, List.of())));

    assertEquals(2, layout.blocks().size());
    assertEquals(List.of("Заведующая МКУ «Отдел", "образования»"),
        ((Layout.Paragraph) layout.blocks().get(0)).lines());
    assertEquals(List.of("В соответствии с приказом министерства образования от 01.09.2023 № 15 «О плане»"),
        ((Layout.Paragraph) layout.blocks().get(1)).lines());
  }

  @Test
  void missingBordersBecomeColumnAndRowSpans() {
    List<Ruling> rulings = new ArrayList<>();
    double[] xs = {50, 80, 300, 400};
    double[] ys = {100, 120, 140, 160, 180};
    for (double y : ys) {
      if (y == 160) {
        // No border between rows 3 and 4 in the last column: that cell is merged down.
        rulings.add(new Ruling(1, 50, y, 300, y));
      } else {
        rulings.add(new Ruling(1, 50, y, 400, y));
      }
    }
    for (double x : xs) {
      if (x == 80 || x == 300) {
        // The first row spans all columns: its inner borders start below it.
        rulings.add(new Ruling(1, x, 120, x, 180));
      } else {
        rulings.add(new Ruling(1, x, 100, x, 180));
      }
    }
    List<Word> words = new ArrayList<>();
    words.addAll(line(1, 52, 112, "1. Раздел"));
    words.addAll(line(1, 52, 132, "1.1."));
    words.addAll(line(1, 82, 132, "Первое"));
    words.addAll(line(1, 302, 132, "Иванов"));
    words.addAll(line(1, 52, 152, "1.2."));
    words.addAll(line(1, 82, 152, "Второе"));
    words.addAll(line(1, 302, 162, "Петров"));
    words.addAll(line(1, 52, 172, "1.3."));
    words.addAll(line(1, 82, 172, "Третье"));
    Layout layout = PositionalLayout.build(List.of(page(1, words, rulings)));

    Layout.Table table = assertInstanceOf(Layout.Table.class, layout.blocks().get(0));
    Layout.Cell section = table.rows().get(0).cells().get(0);
    assertEquals("1. Раздел", section.text());
    assertEquals(3, section.colSpan());
    Layout.Cell merged = table.rows().get(2).cells().get(2);
    assertEquals("Петров", merged.text());
    assertEquals(2, merged.rowSpan());
    assertEquals(2, table.rows().get(3).cells().size());
  }

  @Test
  void aTableGoingOnToTheNextPageComesAsTwoTablesAndAParagraphCarriedOverIsOne() {
    List<Word> first = new ArrayList<>(line(1, 50, 700, "Утвердить план мероприятий по подготовке к итоговой аттестации в"));
    first.addAll(line(1, 52, 742, "1."));
    first.addAll(line(1, 82, 742, "Первое"));
    List<Word> second = new ArrayList<>(line(2, 52, 62, "2."));
    second.addAll(line(2, 82, 62, "Второе"));
    second.addAll(line(2, 50, 100, "Контроль оставляю за собой."));
    Layout layout = PositionalLayout.build(List.of(
        page(1, first, grid(1, new double[] {50, 80, 300}, new double[] {730, 750})),
        page(2, second, grid(2, new double[] {50, 80, 300}, new double[] {50, 70}))));

    assertEquals(4, layout.blocks().size());
    assertInstanceOf(Layout.Paragraph.class, layout.blocks().get(0));
    assertEquals(List.of("2.", "Второе"), texts(((Layout.Table) layout.blocks().get(2)).rows().get(0)));
    assertEquals(List.of("Контроль оставляю за собой."), ((Layout.Paragraph) layout.blocks().get(3)).lines());
  }

  @Test
  void aDashCarriedToTheNextLineIsNotAListMark() {
    List<Word> words = new ArrayList<>();
    words.addAll(line(1, 82, 112, "январь 2022 года"));
    words.addAll(line(1, 82, 124, "– декабрь 2023 года"));
    Layout layout = PositionalLayout.build(List.of(page(1, words,
        grid(1, new double[] {50, 80, 185, 400}, new double[] {100, 130}))));

    Layout.Table table = (Layout.Table) layout.blocks().get(0);
    assertEquals("январь 2022 года – декабрь 2023 года", table.rows().get(0).cells().get(1).text());
  }

  @Test
  void aTableWithoutLinesIsFoundFromItsColumns() {
    List<Word> words = new ArrayList<>();
    words.addAll(line(1, 50, 100, "Об утверждении плана"));
    words.addAll(line(1, 50, 130, "№"));
    words.addAll(line(1, 80, 130, "Мероприятие"));
    words.addAll(line(1, 300, 130, "Срок"));
    words.addAll(line(1, 400, 130, "Ответственный"));
    words.addAll(line(1, 50, 150, "1."));
    words.addAll(line(1, 80, 150, "Совещание с руководителями"));
    words.addAll(line(1, 300, 150, "май 2024"));
    words.addAll(line(1, 400, 150, "Иванов И.И."));
    words.addAll(line(1, 80, 162, "школ района"));
    words.addAll(line(1, 50, 182, "2."));
    words.addAll(line(1, 80, 182, "Отчет"));
    words.addAll(line(1, 300, 182, "июнь 2024"));
    words.addAll(line(1, 400, 182, "Петров П.П."));
    words.addAll(line(1, 50, 230, "Начальник отдела И.И. Иванов"));
    Layout layout = PositionalLayout.build(List.of(page(1, words, List.of())));

    assertEquals(3, layout.blocks().size());
    Layout.Table table = assertInstanceOf(Layout.Table.class, layout.blocks().get(1));
    assertEquals(List.of("№", "Мероприятие", "Срок", "Ответственный"), texts(table.rows().get(0)));
    // Without borders a column ends where its longest line ends; the cell's first line is that
    // line, so the second one is read as wrapped and joined to it.
    assertEquals(List.of("1.", "Совещание с руководителями школ района", "май 2024", "Иванов И.И."),
        texts(table.rows().get(1)));
    assertEquals(List.of("2.", "Отчет", "июнь 2024", "Петров П.П."), texts(table.rows().get(2)));
    assertEquals(List.of("Начальник отдела И.И. Иванов"), ((Layout.Paragraph) layout.blocks().get(2)).lines());
  }

  @Test
  void justifiedLinesWithWideSpacesAreNotATable() {
    List<Word> words = new ArrayList<>();
    for (int l = 0; l < 4; l++) {
      double x = 50;
      for (String w : "внутренней системы оценки качества образования".split(" ")) {
        words.add(new Word(w, 1, x, 100 + l * 12 - 7.5, x + w.length() * CHAR, 100 + l * 12, SIZE));
        x += w.length() * CHAR + 14 + l * 0.5; // every space stretched alike
      }
    }
    Layout layout = PositionalLayout.build(List.of(page(1, words, List.of())));

    assertEquals(1, layout.blocks().size());
    assertInstanceOf(Layout.Paragraph.class, layout.blocks().get(0));
  }

  private static List<String> texts(Layout.Row row) {
    return row.cells().stream().map(Layout.Cell::text).toList();
  }
}
