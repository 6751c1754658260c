package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The legal databases' furniture goes; the order's own lines stay. */
class FurnitureTest {

  @Test
  void theListOfAmendingActsUnderTheTitleGoes() {
    Layout layout = new Layout(List.of(
        new Layout.Paragraph(List.of("ПРИКАЗ")),
        new Layout.Paragraph(List.of("Список изменяющих документов", "(в ред. Приказа от 03.02.2016 N 12)")),
        new Layout.Paragraph(List.of("СПИСОК ИЗМЕНЯЮЩИХ ДОКУМЕНТОВ (в ред. от 01.03.2017)")),
        new Layout.Paragraph(List.of("Документ предоставлен КонсультантПлюс", "1. Утвердить план.")),
        new Layout.Paragraph(List.of("Списки изменяющихся документов ведёт отдел"))));
    List<Layout.Block> kept = Furniture.strip(layout).blocks();
    assertEquals(List.of(List.of("ПРИКАЗ"), List.of("1. Утвердить план."), List.of("Списки изменяющихся документов ведёт отдел")),
        kept.stream().map(block -> ((Layout.Paragraph) block).lines()).toList());
  }
}
