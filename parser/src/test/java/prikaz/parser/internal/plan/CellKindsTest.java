package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Field;

class CellKindsTest {

  @Test
  void numberingGoesOnAtAnyLevelOrStartsAgain() {
    assertTrue(CellKinds.follows("1", "2"));
    assertTrue(CellKinds.follows("1", "1.1"));
    assertTrue(CellKinds.follows("1.2", "1.3"));
    assertTrue(CellKinds.follows("1.2", "2"));
    assertTrue(CellKinds.follows("7", "1"));
    assertFalse(CellKinds.follows("1", "1.12"), "a date «1.12» is not the next number");
    assertFalse(CellKinds.follows("1", "11.00"), "a time is not the next number");
  }

  @Test
  void deadlinesAreToldFromSentences() {
    assertTrue(CellKinds.isDeadline("05.03.24"));
    assertTrue(CellKinds.isDeadline("17.00"));
    assertTrue(CellKinds.isDeadline("до 20 мая"));
    assertTrue(CellKinds.isDeadline("в течение года"));
    assertTrue(CellKinds.isDeadline("II квартал"));
    assertFalse(CellKinds.isDeadline("Мастер-класс по лепке"));
    assertFalse(CellKinds.isDeadline("Смирнова О.П."));
  }

  @Test
  void piecesGoToTheColumnsTheyFit() {
    List<Field> roles = java.util.Arrays.asList(Field.ACTIVITY, Field.DEADLINE, null, Field.RESPONSIBLE);
    assertEquals(List.of("Вечер поэзии", "05.03.24\n17.00", "Зал", "Смирнова О.П."),
        CellAssigner.assign(List.of("Вечер поэзии", "05.03.24", "17.00", "Зал", "Смирнова О.П."), roles));
    assertEquals(List.of("Лекция", "12 мая", "", "Смирнова О.П."),
        CellAssigner.assign(List.of("Лекция", "12 мая", "Смирнова О.П."), roles));
  }
}
