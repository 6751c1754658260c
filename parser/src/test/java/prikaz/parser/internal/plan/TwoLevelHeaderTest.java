package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Plan;
import prikaz.parser.internal.read.TextReader;

/** «Срок» over «начало | окончание»: one deadline from both cells. */
class TwoLevelHeaderTest {

  @Test
  void mergedDeadlineHeaderInAWordTable() throws Exception {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : List.of("ОТДЕЛ КУЛЬТУРЫ АДМИНИСТРАЦИИ РАЙОНА", "ПРИКАЗ", "15.01.2024 № 12",
          "Об утверждении плана ремонтных работ", "ПРИКАЗЫВАЮ:", "1. Утвердить план (приложение).",
          "Начальник отдела", "К.Л. Орлова")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.createParagraph().createRun().setText("План ремонтных работ на 2024 год");
      XWPFTable table = doc.createTable(4, 5);
      // Row 0: № | Мероприятие | Срок (over two columns) | Ответственный; the others merged down.
      String[] top = {"№", "Мероприятие", "Срок", "Ответственный"};
      table.getRow(0).removeCell(3);
      for (int c = 0; c < 4; c++) {
        XWPFTableCell cell = table.getRow(0).getCell(c);
        cell.getParagraphs().get(0).createRun().setText(top[c]);
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (c == 2) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(2));
        } else {
          pr.addNewVMerge().setVal(STMerge.RESTART);
        }
      }
      String[][] rows = {
          {"", "", "начало", "окончание", ""},
          {"1", "Ремонт кровли клуба", "01.06.2024", "31.08.2024", "Зуев Р.Т."},
          {"2", "Покраска фасада", "10.07.2024", "20.07.2024", "Зуев Р.Т."}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < 5; c++) {
          XWPFTableCell cell = table.getRow(r + 1).getCell(c);
          cell.getParagraphs().get(0).createRun().setText(rows[r][c]);
          if (r == 0 && (c < 2 || c == 4)) {
            (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr()).addNewVMerge();
          }
        }
      }
      doc.write(out);
      docx = out.toByteArray();
    }
    Order order = OrderParser.builder().build().parse(new ByteArrayInputStream(docx), "repairs.docx");
    Plan plan = order.plans().get(0);
    assertEquals(List.of("№", "Мероприятие", "Срок", "Ответственный"), plan.columns());
    assertEquals(List.of("1", "2"), plan.items().stream().map(Item::number).toList());
    Deadline roof = plan.items().get(0).deadline();
    assertEquals("01.06.2024 – 31.08.2024", roof.text());
    assertEquals(LocalDate.of(2024, 6, 1), roof.start());
    assertEquals(LocalDate.of(2024, 8, 31), roof.end());
    assertEquals(LocalDate.of(2024, 7, 20), plan.items().get(1).deadline().end());
    assertEquals("Зуев Р.Т.", plan.items().get(1).responsible().get(0).name());
  }

  @Test
  void startAndEndWordsUnderAnEmptyHeaderCellInText() {
    Plan plan = PlanExtractor.extract(TextReader.parse("""
        | № | Мероприятие | Сроки | | Ответственный |
        |---|---|---|---|---|
        | | | дата начала | дата окончания | |
        | 1 | Выставка детского рисунка | 01.03.2024 | 15.03.2024 | Белова Н.С. |
        | 2 | Мастер-класс | 22.03.2024 | | Белова Н.С. |
        """), 0, null).plans().get(0);
    assertEquals(List.of("№", "Мероприятие", "Сроки", "Ответственный"), plan.columns());
    assertEquals(2, plan.items().size());
    Deadline show = plan.items().get(0).deadline();
    assertEquals(Deadline.Kind.range, show.kind());
    assertEquals(LocalDate.of(2024, 3, 1), show.start());
    assertEquals(LocalDate.of(2024, 3, 15), show.end());
    assertEquals("22.03.2024", plan.items().get(1).deadline().text());
    assertEquals(LocalDate.of(2024, 3, 22), plan.items().get(1).deadline().start());
    assertEquals(java.util.Map.of(), plan.items().get(1).extra());
  }

  @Test
  void startEndRowRepeatedOnTheNextPageIsNotAnItem() {
    Plan plan = PlanExtractor.extract(TextReader.parse("""
        №\tМероприятие\tСрок\t\tОтветственный
        \t\tс\tпо\t
        1\tСубботник\t20.04.2024\t21.04.2024\tЛисин В.В.

        №\tМероприятие\tСрок\t\tОтветственный
        \t\tс\tпо\t
        2\tКонцерт\t09.05.2024\t09.05.2024\tЛисин В.В.
        """), 0, null).plans().get(0);
    assertEquals(List.of("Субботник", "Концерт"), plan.items().stream().map(Item::activity).toList());
    assertEquals(LocalDate.of(2024, 4, 21), plan.items().get(0).deadline().end());
  }

  @Test
  void startAndEndNamedWithAWordAfterThem() {
    List<Integer> ones = List.of(1, 1, 1, 1, 1);
    TableGrid.GridRow header = new TableGrid.GridRow(List.of("№", "Мероприятие", "Срок", "", "Исполнитель"), false, ones);
    TableGrid.GridRow below = new TableGrid.GridRow(List.of("", "", "начала реализации", "окончания реализации", ""),
        false, ones);
    TwoLevelHeader.Split split = TwoLevelHeader.of(header, below);
    assertEquals(2, split.first());
    assertEquals(3, split.last());
    TableGrid.GridRow row = new TableGrid.GridRow(List.of("1", "Ремонт", "2013 г.", "2020 г.", "Отдел"), false, ones);
    assertEquals(List.of("1", "Ремонт", "2013 г. – 2020 г.", "", "Отдел"), split.join(row).cells());
    assertNull(TwoLevelHeader.of(header, row));
  }
}
