package prikaz.parser.plan;

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
