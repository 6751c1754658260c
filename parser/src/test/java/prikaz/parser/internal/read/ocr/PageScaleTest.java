package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import prikaz.parser.internal.read.Limits;

/** The size pages are read at, whatever size they claim. */
class PageScaleTest {
  @Test
  void aPageStatedAt72DpiIsTakenForTheA4PageItIs() {
    // A 300 dpi A4 scan stored as a PDF page of 2464 × 3504 points.
    assertEquals(298, PageScale.plausibleDpi(2464, 3504, 72), 0.5);
    // An A4 page at 300 dpi is believed.
    assertEquals(300, PageScale.plausibleDpi(2480, 3508, 300), 0.001);
    // So is an A3 page.
    assertEquals(300, PageScale.plausibleDpi(3508, 4961, 300), 0.001);
  }

  @Test
  void aHugePageIsRenderedToTheBudget() {
    double dpi = PageScale.budgetDpi(2464 / 72.0, 3504 / 72.0);
    double pixels = 2464 / 72.0 * dpi * 3504 / 72.0 * dpi;
    assertEquals(Limits.OCR_PAGE_PIXELS, pixels, 1);
  }

  @Test
  void ocrReadsAtItsResolutionWithinTheBudget() {
    assertEquals(300, PageScale.readingDpi(1654, 2339, 200), 0.001); // a 200 dpi scan, brought to 300
    assertEquals(350, PageScale.readingDpi(2894, 4093, 350), 0.001); // near enough, as it is
    assertEquals(300, PageScale.readingDpi(4960, 7016, 600), 0.001); // a 600 dpi scan, brought down
    // A page far larger than A3 at 150 dpi is not brought to 300 dpi past the budget.
    double dpi = PageScale.readingDpi(6000, 8000, 150);
    assertTrue(6000 * dpi / 150 * 8000 * dpi / 150 <= Limits.OCR_PAGE_PIXELS * 1.01, "" + dpi);
  }
}
