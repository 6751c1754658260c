package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Marks and pen strokes OCR reads beside print are left out; print is kept. */
class ScrawlsTest {

  private static Hocr.PixelWord word(String text, int x0, double confidence) {
    return new Hocr.PixelWord(text, x0, 100, x0 + 20 * text.length(), 140, 140, 40, confidence);
  }

  @Test
  void aLoneMarkOcrIsUnsureOfIsASpeckButADashOrASureMarkIsKept() {
    List<Hocr.PixelWord> words = List.of(word("Сроки", 0, 92), word("°", 120, 5), word("'", 160, 30),
        word("-", 200, 10), word("*", 240, 70), word("1", 280, 20), word("|", 320, 39.9), word("№", 360, 12));

    assertEquals(List.of("Сроки", "-", "*", "1", "№"), Scrawls.withoutSpecks(words).stream()
        .map(Hocr.PixelWord::text).toList());
  }
}
