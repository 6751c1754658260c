package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A scanner's OCR text layer told from a typed one. */
class ScannerTextLayerTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  /** Every fifth word with one Cyrillic letter taken for the Latin one it resembles, as a scanner's OCR does. */
  static String asAScannerReadsIt(String text) {
    StringBuilder out = new StringBuilder();
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (i % 5 == 2 && word.length() > 3) {
        word = word.replaceFirst("о", "o").replaceFirst("с", "c").replaceFirst("е", "e");
      }
      out.append(word).append(' ');
    }
    return out.toString();
  }

  @Test
  void theSamplesTextsAreTyped() throws Exception {
    for (String name : new String[] {"anzhero-sudzhensk-2022-575", "artem-2020-218", "balashov-2022-78",
        "chernozemelsky-2022-533", "spb-moskovsky-2023-8"}) {
      ScannerTextLayer.Verdict verdict = ScannerTextLayer.judge(Files.readString(SAMPLES.resolve(name + ".txt")));
      assertFalse(verdict.poor(), name + ": " + verdict);
      assertEquals(0, verdict.mixed(), name);
    }
  }

  @Test
  void latinWordsBesideRussianOnesAreNotMixedWords() {
    String text = "Направить отчёт на e-mail school@example.ru и разместить на сайте www.example.ru; "
        + "IT-специалист обеспечивает работу Wi-Fi-сети и SMS-рассылку о мероприятиях плана по COVID-19 "
        + "в течение всего учебного года в соответствии с планом работы школы и приказом директора по школе";
    ScannerTextLayer.Verdict verdict = ScannerTextLayer.judge(text);
    assertFalse(verdict.poor(), verdict.toString());
    assertEquals(0, verdict.mixed());
  }

  @Test
  void aLayerWithLatinLettersInsideRussianWordsIsPoor() throws Exception {
    String scanned = asAScannerReadsIt(Files.readString(SAMPLES.resolve("balashov-2022-78.txt")).replaceAll("\\s+", " "));
    ScannerTextLayer.Verdict verdict = ScannerTextLayer.judge(scanned);
    assertTrue(verdict.poor(), verdict.toString());
    assertTrue(verdict.reason().matches("\\d+ of \\d+ words mix Latin and Cyrillic letters"), verdict.reason());
  }

  @Test
  void aLayerOfWordsNoTextHasIsPoor() {
    String garbage = "Пвыа кцуе ршщл дыкж тмсч уквп ".repeat(10);
    ScannerTextLayer.Verdict verdict = ScannerTextLayer.judge(garbage);
    assertTrue(verdict.poor(), verdict.toString());
    assertEquals("only 0 of 60 Russian words are common words", verdict.reason());
  }

  @Test
  void tooFewWordsAreNotJudged() {
    assertFalse(ScannerTextLayer.judge("Пвыа кцуе lоздании rелях").poor());
  }
}
