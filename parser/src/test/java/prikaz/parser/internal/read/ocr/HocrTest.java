package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tesseract's hOCR into words with boxes, base lines, sizes and confidences. */
class HocrTest {

  private static String page(String words) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
        + "<div class='ocr_page' id='page_1' title='bbox 0 0 2480 3508; ppageno 0'>"
        + "<span class='ocr_line' id='line_1_1' title=\"bbox 100 200 900 250; baseline 0.01 -10; x_size 44; "
        + "x_descenders 10; x_ascenders 11\">" + words + "</span></div></body></html>";
  }

  @Test
  void wordsTakeTheirBoxAndConfidenceAndTheLinesBaseLineAndSize() {
    List<Hocr.PixelWord> words = Hocr.words(page(
        "<span class='ocrx_word' id='word_1_1' title='bbox 100 205 300 250; x_wconf 96'>Утвердить</span> "
            + "<span class='ocrx_word' id='word_1_2' title='bbox 700 200 900 240; x_wconf 41'>план</span>"));

    assertEquals(2, words.size());
    Hocr.PixelWord first = words.get(0);
    assertEquals("Утвердить", first.text());
    assertEquals(100, first.x0());
    assertEquals(300, first.x1());
    assertEquals(96, first.confidence());
    assertEquals(44, first.size());
    // base line: 10 px above the line box's bottom, rising 0.01 px per px from its left edge
    assertEquals(250 - 10 + 0.01 * 100, first.baseline(), 1e-9);
    assertEquals(250 - 10 + 0.01 * 700, words.get(1).baseline(), 1e-9);
    assertEquals(41, words.get(1).confidence());
  }

  @Test
  void eachPartOfACutWordIsAsSureAsItsLeastSureLetter() {
    String word = "<span class='ocrx_word' id='word_1_1' title='bbox 100 205 330 250; x_wconf 0'>"
        + "<span class='ocrx_cinfo' title='x_bboxes 100 205 130 250; x_conf 99.1'>И</span>"
        + "<span class='ocrx_cinfo' title='x_bboxes 131 205 160 250; x_conf 98.4'>в</span>"
        + "<span class='ocrx_cinfo' title='x_bboxes 161 205 190 250; x_conf 99.0'>а</span>"
        + "<span class='ocrx_cinfo' title='x_bboxes 320 205 330 250; x_conf 12.5'>_</span></span>";

    List<Hocr.PixelWord> words = Hocr.words(page(word));

    assertEquals(List.of("Ива", "_"), words.stream().map(Hocr.PixelWord::text).toList());
    assertEquals(98.4, words.get(0).confidence(), 1e-9);
    assertEquals(12.5, words.get(1).confidence(), 1e-9);
  }

  @Test
  void aWordJoinedOverANarrowSpaceIsCutAtTheGapBetweenItsLetters() {
    List<Hocr.PixelWord> words = Hocr.words(page(
        "<span class='ocrx_word' id='word_1_1' title='bbox 24 35 246 76; x_wconf 83'>"
            + letter("У", 24, 54) + letter("М", 56, 94) + letter("О", 97, 127)
            + letter("И", 140, 171) + letter("М", 174, 212) + letter("Ц", 215, 246) + "</span>"));

    assertEquals(List.of("УМО", "ИМЦ"), words.stream().map(Hocr.PixelWord::text).toList());
    assertEquals(24, words.get(0).x0());
    assertEquals(127, words.get(0).x1());
    assertEquals(140, words.get(1).x0());
    assertEquals(246, words.get(1).x1());
  }

  @Test
  void letterBoxesOutOfOrderDoNotCutAWord() {
    // The LSTM's boxes for a bold «Мероприятие»: overlapping, one running back.
    List<Hocr.PixelWord> words = Hocr.words(page(
        "<span class='ocrx_word' id='word_1_1' title='bbox 26 37 309 79; x_wconf 90'>"
            + letter("М", 26, 68) + letter("е", 71, 89) + letter("р", 89, 113) + letter("о", 116, 136)
            + letter("п", 132, 158) + letter("р", 138, 188) + letter("и", 183, 201) + letter("я", 191, 214)
            + letter("т", 230, 252) + letter("и", 216, 288) + letter("е", 291, 309) + "</span>"));

    assertEquals(List.of("Мероприятие"), words.stream().map(Hocr.PixelWord::text).toList());
  }

  @Test
  void eachImageOfAListRunIsAPageOfItsOwn() {
    String two = "<html><body>"
        + "<div class='ocr_page' title='bbox 0 0 100 100; ppageno 0'><span class='ocr_line' title='bbox 5 5 50 30; "
        + "baseline 0 -3; x_size 20'><span class='ocrx_word' title='bbox 5 5 30 30; x_wconf 95'>1.</span></span></div>"
        + "<div class='ocr_page' title='bbox 0 0 100 100; ppageno 1'></div>"
        + "<div class='ocr_page' title='bbox 0 0 100 100; ppageno 2'><span class='ocr_line' title='bbox 5 5 50 30; "
        + "baseline 0 -3; x_size 20'><span class='ocrx_word' title='bbox 5 5 30 30; x_wconf 90'>2.</span></span></div>"
        + "</body></html>";

    List<List<Hocr.PixelWord>> pages = Hocr.pages(two);

    assertEquals(3, pages.size());
    assertEquals("1.", pages.get(0).get(0).text());
    assertEquals(List.of(), pages.get(1));
    assertEquals("2.", pages.get(2).get(0).text());
  }

  private static String letter(String text, int x0, int x1) {
    return "<span class='ocrx_cinfo' title='x_bboxes " + x0 + " 36 " + x1 + " 67; x_conf 98'>" + text + "</span>";
  }
}
