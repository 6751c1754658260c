package prikaz.parser.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A warning's place: typed parts, the text prikaz/1 writes, and back. */
class LocationTest {
  @Test
  void textIsWhatTheJsonModelHolds() {
    assertEquals("plan 1", Location.plan(1).text());
    assertEquals("plan 2, item 3", Location.item(2, null, "3").text());
    assertEquals("plan 1, section II, item 2", Location.item(1, "II", "2").text());
    assertEquals("header", Location.HEADER.text());
    assertEquals("план 1, раздел II, пункт 2.1",
        Location.item(1, "II", "2.1").in(Location.Language.RUSSIAN).text());
  }

  @Test
  void readBackFromEitherLanguage() {
    Location item = Location.parse("plan 1, section II, item 2");
    assertEquals(Integer.valueOf(1), item.plan());
    assertEquals("II", item.section());
    assertEquals("2", item.item());
    assertEquals(Location.item(1, "II", "2"), item);
    assertEquals(Location.plan(3), Location.parse("plan 3"));
    assertEquals(Location.item(1, null, "4").in(Location.Language.RUSSIAN), Location.parse("план 1, пункт 4"));
    assertEquals(Location.HEADER, Location.parse("header"));
    assertNull(Location.parse(null));
    assertThrows(IllegalArgumentException.class, () -> Location.parse("page 4"));
  }

  @Test
  void fieldsInColumnOrder() {
    assertEquals(java.util.List.of(Field.ACTIVITY, Field.DEADLINE, Field.RESPONSIBLE, Field.PARTICIPANTS, Field.RESULT),
        Field.content());
    assertEquals(Field.RESPONSIBLE, Field.ofKey("responsible"));
    assertNull(Field.ofKey("place"));
  }
}
