package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned PDFs whose pages claim sizes no page has, parsed in a JVM with the launcher's heap
 * (400 MB): a scanner's page stored at 72 dpi (2464 × 3504 points) and an A4 page holding a
 * 21000 × 29700 pixel image. Both are read to the pixel budget and give the order; neither runs
 * out of memory. Needs Tesseract, as {@code .ci/run} installs it.
 */
@Tag("ocr")
class HugePagesTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  /** The sample's page 1 rendered in grey at {@code dpi}. */
  private static BufferedImage samplePage(float dpi) throws Exception {
    try (PDDocument document = Loader.loadPDF(SAMPLES.resolve("balashov-2022-78.pdf").toFile())) {
      return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
    }
  }

  /** Runs {@link ParseInLauncherHeap} on the file in a JVM of its own with the launcher's heap. */
  private static String parseInLauncherHeap(Path file) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx400m", "-cp", System.getProperty("java.class.path"),
        ParseInLauncherHeap.class.getName(), file.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(5, TimeUnit.MINUTES);
    return output.strip();
  }

  @Test
  void aScannersPageStoredAt72DpiIsReadAsTheA4PageItIs(@TempDir Path dir) throws Exception {
    BufferedImage scan = samplePage(298);
    Path file = dir.resolve("scanner.pdf");
    try (PDDocument document = new PDDocument()) {
      // One point per pixel: the page claims to be 34 × 49 inches.
      PDPage page = new PDPage(new PDRectangle(scan.getWidth(), scan.getHeight()));
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(JPEGFactory.createFromImage(document, scan, 0.8f), 0, 0, scan.getWidth(), scan.getHeight());
      }
      document.save(file.toFile());
    }

    assertEquals("parsed 2022-02-22 78", parseInLauncherHeap(file));
  }

  @Test
  void anImageOfSixHundredMillionPixelsIsDrawnFromASubsample(@TempDir Path dir) throws Exception {
    BufferedImage source = samplePage(100); // 827 × 1169: each of its pixels becomes a block of the huge image
    int width = 21_000;
    int height = 29_700;
    Path file = dir.resolve("huge.pdf");
    try (PDDocument document = new PDDocument()) {
      COSStream stream = document.getDocument().createCOSStream();
      try (OutputStream out = new DeflaterOutputStream(stream.createRawOutputStream())) {
        byte[] row = new byte[(width + 7) / 8];
        int made = -1;
        for (int y = 0; y < height; y++) {
          int sy = (int) ((long) y * source.getHeight() / height);
          if (sy == made) {
            out.write(row); // the same source row as the row before
            continue;
          }
          made = sy;
          java.util.Arrays.fill(row, (byte) 0);
          for (int x = 0; x < width; x++) {
            int sx = (int) ((long) x * source.getWidth() / width);
            if ((source.getRaster().getSample(sx, sy, 0)) >= 128) {
              row[x >> 3] |= (byte) (0x80 >> (x & 7)); // 1 is white in DeviceGray
            }
          }
          out.write(row);
        }
      }
      stream.setItem(COSName.TYPE, COSName.XOBJECT);
      stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
      stream.setInt(COSName.WIDTH, width);
      stream.setInt(COSName.HEIGHT, height);
      stream.setInt(COSName.BITS_PER_COMPONENT, 1);
      stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
      stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(stream), null), 0, 0,
            PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      document.save(file.toFile());
    }

    // Read in the launcher's heap, its number whole; the date's digits, drawn from a 100 dpi page
    // into one bit, are too coarse to be sure of, so it is not asserted here.
    String result = parseInLauncherHeap(file);
    assertTrue(result.startsWith("parsed ") && result.endsWith(" 78"), result);
  }
}
