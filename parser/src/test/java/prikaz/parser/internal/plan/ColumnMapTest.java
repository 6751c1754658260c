package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Field;

class ColumnMapTest {

  @Test
  void numberHeadersInTheFormsTheyArePrinted() {
    for (String header : List.of("№", "N п/п", "№/ пп", "№ п\\п", "NN\nпп", "№\nпп", "пп")) {
      assertEquals(Field.NUMBER, FieldWords.of(header), header);
    }
  }

  @Test
  void aNameColumnIsTheActivityUnlessItNamesPlacesOrBodies() {
    assertEquals(Field.ACTIVITY, FieldWords.of("Наименование работ"));
    assertEquals(Field.ACTIVITY, FieldWords.of("Название мероприятия"));
    assertNull(FieldWords.of("Наименование учреждения"));
  }

  @Test
  void tasksOverActivitiesGroupTheItems() {
    assertEquals(Arrays.asList(null, Field.ACTIVITY, Field.DEADLINE),
        ColumnMap.columnRoles(List.of("Задачи", "Мероприятия", "Срок")));
  }

  @Test
  void aPlaceColumnThatAlsoNamesWhoAnswersIsTheResponsibleOneUnlessAnotherColumnIs() {
    assertEquals(Arrays.asList(Field.NUMBER, Field.ACTIVITY, Field.DEADLINE, Field.RESPONSIBLE),
        ColumnMap.columnRoles(List.of("№", "Мероприятие", "Дата", "Место проведения, ответственный (Ф.И.О.)")));
    assertEquals(Arrays.asList(Field.ACTIVITY, Field.RESPONSIBLE, Field.DEADLINE),
        ColumnMap.columnRoles(List.of("Мероприятие", "Где проходит / кто отвечает", "Срок")));
    assertEquals(Arrays.asList(Field.ACTIVITY, null, Field.RESPONSIBLE),
        ColumnMap.columnRoles(List.of("Мероприятие", "Место проведения, ответственный", "Исполнители")));
    assertEquals(Arrays.asList(Field.ACTIVITY, null, Field.DEADLINE),
        ColumnMap.columnRoles(List.of("Мероприятие", "Место проведения, адрес", "Срок")));
  }

  @Test
  void headerCellsAreCapitalisedShortColumnNames() {
    assertTrue(HeaderWords.isHeaderCell("Отм. о вып."));
    assertTrue(HeaderWords.isHeaderCell("Место проведения"));
    assertFalse(HeaderWords.isHeaderCell("мероприятий на учебный год"), "a title's second line");
    assertFalse(HeaderWords.isHeaderCell("1. Совещание"));
  }
}
