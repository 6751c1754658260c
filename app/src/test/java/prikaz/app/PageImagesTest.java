package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/** {@code parse --pages}: page images of one order read as one document. */
class PageImagesTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void threePageImagesAreOneOrder(@TempDir Path dir) throws Exception {
    List<Path> pages = new java.util.ArrayList<>();
    try (PDDocument scan = Loader.loadPDF(SAMPLES.resolve("artem-2020-218.scan.pdf").toFile())) {
      PDFRenderer renderer = new PDFRenderer(scan);
      for (int p = 0; p < scan.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, 200, ImageType.GRAY);
        Path page = dir.resolve("pages/p" + (p + 1) + ".png");
        Files.createDirectories(page.getParent());
        ImageIO.write(image, "png", page.toFile());
        pages.add(page);
      }
    }
    assertEquals(3, pages.size());
    Run run = Run.of("parse", "--pages", pages.get(0).toString(), pages.get(1).toString(), pages.get(2).toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode order = JsonExporter.mapper().readTree(run.out());
    assertTrue(order.isObject(), "one order, not an array");
    assertEquals("218", order.at("/header/number").asText());
    assertEquals("2020-10-14", order.at("/header/date").asText());
    assertEquals(18, order.at("/plans/0/items").size(), "the plan runs over the pages");
    assertEquals("p1.png", order.at("/source/file").asText());
    assertTrue(order.at("/source/ocr").asBoolean());

    Run folder = Run.of("parse", "--pages", dir.resolve("pages").toString(), "-f", "jsonl");
    assertEquals(0, folder.exit(), folder.err());
    assertEquals(1, folder.out().strip().split("\n").length);
    assertEquals(18, JsonExporter.mapper().readTree(folder.out()).at("/plans/0/items").size());
  }

  @Test
  void aFolderGivesItsImagesInPageOrder(@TempDir Path dir) throws Exception {
    for (String name : List.of("p10.png", "p2.png", "p1.png", "notes.txt")) {
      Files.write(dir.resolve(name), new byte[] {1});
    }
    assertEquals(List.of("p1.png", "p2.png", "p10.png"),
        PageImages.pages(List.of(dir.toString())).stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void aPageThatIsNoImageIsNamed(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("p2.png"), "not a picture");
    Path missing = dir.resolve("p3.png");
    Run run = Run.of("parse", "--pages", text.toString());
    assertEquals(1, run.exit());
    assertEquals("prikaz: " + text + ": not an image (--pages takes PNG, JPEG, TIFF, BMP, GIF)\n", run.err());
    Run gone = Run.of("parse", "--pages", text.toString(), missing.toString(), "--lang", "ru");
    assertEquals("prikaz: " + missing + ": файл не найден\n", gone.err());
  }
}
