package prikaz.parser.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

/** Reading Tesseract's orientation report and turning pages by quarters. */
class OrientationTest {
  @Test
  void theReportSaysWhichTurnMakesThePageUpright() {
    assertEquals(180, Orientation.turnOf("Page number: 0\nOrientation in degrees: 180\nRotate: 180\n"
        + "Orientation confidence: 6.38\nScript: Cyrillic\nScript confidence: 2.1\n"));
    assertEquals(270, Orientation.turnOf("Orientation in degrees: 90\nRotate: 270\nOrientation confidence: 5.02\n"));
    // Unsure: left as it is.
    assertEquals(0, Orientation.turnOf("Orientation in degrees: 180\nRotate: 180\nOrientation confidence: 0.41\n"));
    assertEquals(0, Orientation.turnOf("Too few characters. Skipping this page"));
  }

  @Test
  void aPageTurnsByQuarters() {
    // 3 × 2 pixels: 0 1 2 / 3 4 5.
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < 6; i++) {
      pixels[i] = (byte) i;
    }
    GrayImage page = GrayImage.of(image, 300);

    GrayImage clockwise = Orientation.turned(page, 90);
    assertEquals(2, clockwise.width);
    assertEquals(3, clockwise.height);
    assertEquals("3 0 4 1 5 2", text(clockwise));
    assertEquals("5 4 3 2 1 0", text(Orientation.turned(page, 180)));
    assertEquals("2 5 1 4 0 3", text(Orientation.turned(page, 270)));
    assertEquals(300, clockwise.dpi, 0);
  }

  @Test
  void theBandOfMostPrintIsJudgedAtHalfSizeEachSquareItsMean() throws java.io.IOException {
    // 4 × 6 pixels at 2 dpi: a band is 4 rows. Two rows of paper, then four rows of print.
    byte[] pixels = new byte[24];
    java.util.Arrays.fill(pixels, 0, 8, (byte) 255);
    int[] print = {0, 40, 200, 220, 20, 60, 240, 200, 0, 0, 100, 100, 0, 0, 100, 100};
    for (int i = 0; i < print.length; i++) {
      pixels[8 + i] = (byte) print[i];
    }
    GrayImage page = GrayImage.of(4, 6, pixels, 2);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("band-", ".pgm");
    try {
      Orientation.writeDensestBand(page, file, 2);
      byte[] written = java.nio.file.Files.readAllBytes(file);
      String head = "P5\n2 2\n255\n";
      assertEquals(head, new String(written, 0, head.length(), java.nio.charset.StandardCharsets.US_ASCII));
      // (0 + 40 + 20 + 60) / 4, (200 + 220 + 240 + 200) / 4; then 0 and 100.
      assertEquals("30 215 0 100", unsigned(java.util.Arrays.copyOfRange(written, head.length(), written.length)));
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  private static String unsigned(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      s.append(s.length() > 0 ? " " : "").append(b & 0xFF);
    }
    return s.toString();
  }

  private static String text(GrayImage image) {
    StringBuilder s = new StringBuilder();
    for (byte b : image.pixels) {
      s.append(s.length() > 0 ? " " : "").append(b);
    }
    return s.toString();
  }
}
