package prikaz.parser.internal.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Period;

class DeadlinePropertiesTest {
  private static final DeadlineContext ACADEMIC = new DeadlineContext(
      new Period("2022-2023 учебный год", LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31)), LocalDate.of(2022, 6, 29));

  /** Strings built from the words deadlines are made of, so the grammar's branches are reached. */
  @Provide
  Arbitrary<String> phrases() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("январь", "февраля", "мар.", "май", "мая", "сентябрь", "Октябрь", "дек", "г.", "года", "гг.",
            "уч.", "учебный", "год", "до", "с", "по", "не позднее", "ежегодно", "постоянно", "в течение", "квартал",
            "кв.", "полугодие", "четверть", "I", "II", "IV", "первое", "-", "–", "—", "/", ",", ";", "(", ")", "по графику",
            "декада", "третья", "конец", "месяца", "лето", "зимних", "каникул", "триместр", "суббота", "по средам",
            "в теч.", "ежемес.", "раза в", "следующего за отчетным", "31.06", "15.00", "14. 02", "17 .04.2019",
            "числа", "неделя", "половина", "последняя", "06.2023", "(понедельник-пятница)"),
        Arbitraries.integers().between(0, 2100).map(String::valueOf),
        Arbitraries.integers().between(1, 40).map(d -> d + "." + (d % 13) + "." + (2000 + d)),
        Arbitraries.strings().ofMaxLength(6));
    return piece.list().ofMaxSize(12).map(parts -> String.join(" ", parts));
  }

  @Property(tries = 2000)
  void neverThrowsKeepsTextAndOrdersDates(@ForAll("phrases") String text) {
    check(text);
  }

  @Property(tries = 1000)
  void anyStringAtAll(@ForAll @StringLength(max = 200) String text) {
    check(text);
  }

  private static void check(String text) {
    for (DeadlineContext context : new DeadlineContext[] {ACADEMIC, DeadlineContext.NONE}) {
      Deadline d = DeadlineParser.parse(text, context);
      assertEquals(text, d.text());
      if (d.start() != null && d.end() != null) {
        assertFalse(d.end().isBefore(d.start()), text);
      }
      if (d.kind() == Deadline.Kind.by) {
        assertEquals(null, d.start(), text);
      }
    }
  }

  @Property(tries = 300)
  void sameResultUnderEveryDefaultLocale(@ForAll("phrases") String text) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ru"));
      Deadline ru = DeadlineParser.parse(text, ACADEMIC);
      Locale.setDefault(Locale.ENGLISH);
      Deadline en = DeadlineParser.parse(text, ACADEMIC);
      Locale.setDefault(Locale.forLanguageTag("tr"));
      Deadline tr = DeadlineParser.parse(text, ACADEMIC);
      assertEquals(ru, en);
      assertEquals(ru, tr);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Property(tries = 20)
  void longInputsStayLinear(@ForAll("longPhrases") String text) {
    long started = System.nanoTime();
    DeadlineParser.parse(text, ACADEMIC);
    long micros = (System.nanoTime() - started) / 1000;
    // Well under a millisecond per character: a 10,000-character input in far less than 10 s.
    assertTrue(micros < text.length() * 100L, text.length() + " chars took " + micros + " µs");
  }

  @Provide
  Arbitrary<String> longPhrases() {
    Arbitrary<String> unit = Arbitraries.of("сентябрь-", "2022-", "1.", "до ", "с 1 по ", "ежегодно, ", "– ", "ааааа", " ",
        "до", "-", ".", "7", "1, ", "14. ", "12 .", "по ", "с ", "3 (пт) ", "1-2 ", "первая декада ", "г.", "31.06-",
        "05.12-17.30.", "до20.05", "раз в ");
    return Combinators.combine(unit, Arbitraries.integers().between(1500, 2500))
        .as((u, n) -> u.repeat(n).substring(0, Math.min(10_000, u.length() * n)));
  }
}
