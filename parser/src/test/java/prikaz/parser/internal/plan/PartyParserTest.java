package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Party;
import prikaz.parser.model.Party.Type;

class PartyParserTest {

  private static List<Party> parse(String cell) {
    return PartyParser.parse(cell);
  }

  @Test
  void commaSeparatedPeople() {
    assertEquals(List.of(new Party("Грязнова Г.А.", Type.person), new Party("Бикбаева Л.А (СОШ №22)", Type.person)),
        parse("Грязнова Г.А., Бикбаева Л.А (СОШ №22)"));
  }

  @Test
  void runTogetherPositionAndInstitutionAreSplit() {
    assertEquals(List.of(new Party("Заместитель начальника управления образования", Type.position),
            new Party("МБУО Центр образования", Type.organisation)),
        parse("Заместитель начальника управления образования МБУО Центр образования"));
    assertEquals(List.of(new Party("ЦУОКО ИМЦ", Type.organisation), new Party("Образовательные организации", Type.group)),
        parse("ЦУОКО ИМЦ Образовательные организации"));
    assertEquals(List.of(new Party("Муниципальный координатор", Type.position), new Party("Руководители ОУ", Type.group)),
        parse("Муниципальный координатор Руководители ОУ"));
  }

  @Test
  void peopleWithoutCommaAndInitialsFirst() {
    assertEquals(List.of(new Party("Иванова А.А.", Type.person), new Party("Петров Б.Б.", Type.person)),
        parse("Иванова А.А. Петров Б.Б."));
    assertEquals(List.of(new Party("А.А. Иванова", Type.person)), parse("А.А. Иванова"));
  }

  @Test
  void peopleSeparatedOnlyBySpacesWithInitialsFirst() {
    List<Party> three = List.of(new Party("Н.Е. Байрачный", Type.person), new Party("К.А. Федоренко", Type.person),
        new Party("Т.Ю. Горностаева", Type.person));
    assertEquals(three, parse("Н.Е. Байрачный К.А. Федоренко Т.Ю. Горностаева"));
    assertEquals(List.of(new Party("Н. Е. Байрачный", Type.person), new Party("К. Федоренко", Type.person)),
        parse("Н. Е. Байрачный К. Федоренко"));
    assertEquals(List.of(new Party("Н.Е. Байрачный", Type.person), new Party("Федоренко К.А.", Type.person)),
        parse("Н.Е. Байрачный\nФедоренко К.А."));
    // Surname first with spaced initials stays one person each.
    assertEquals(List.of(new Party("Иванова И. И.", Type.person), new Party("Петров П. П.", Type.person)),
        parse("Иванова И. И. Петров П. П."));
  }

  @Test
  void namesInTheSignatureFormsArePeopleToo() {
    assertEquals(List.of(new Party("Т.С. СОКОЛОВА", Type.person), new Party("Петров А.Б.", Type.person)),
        parse("Т.С. СОКОЛОВА, Петров  А.Б."));
  }

  @Test
  void quotedNamesAreNotSplit() {
    assertEquals(List.of(new Party("МКУ «Отдел образования, молодежи и спорта»", Type.organisation)),
        parse("МКУ «Отдел образования, молодежи и спорта»"));
  }

  @Test
  void groupsAndLinesAndBlank() {
    assertEquals(List.of(new Party("руководители ОО", Type.group), new Party("педагоги-психологи", Type.group),
            new Party("Отдел образования", Type.organisation)),
        parse("руководители ОО;\nпедагоги-психологи\nОтдел образования"));
    assertEquals(List.of(), parse("  "));
  }
}
