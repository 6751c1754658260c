package prikaz.parser.internal.read.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: writes the page-1 variants of every sample scan for bench/scan-variants.sh to measure
 * (rows matched, activity likeness, CPU time against Tesseract alone). Runs only when asked:
 * {@code mvn -pl parser test -Dtest=ScanVariantsWriter -Dscan.variants=DIR}.
 */
@EnabledIfSystemProperty(named = "scan.variants", matches = ".+")
class ScanVariantsWriter {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void writeVariants() throws Exception {
    Path out = Path.of(System.getProperty("scan.variants"));
    Files.createDirectories(out);
    String[] names = {"anzhero-sudzhensk-2022-575", "artem-2020-218", "balashov-2022-78", "chernozemelsky-2022-533",
        "spb-moskovsky-2023-8"};
    for (int i = 0; i < names.length; i++) {
      BufferedImage page = ScanVariants.sample(SAMPLES, names[i]);
      ScanVariants.writeJpeg(ScanVariants.photo(page, 2200, 0.55, i), out.resolve(names[i] + ".photo.jpg"), 0.85f);
      BufferedImage stamped = ScanVariants.stamped(page, page.getWidth() * 3 / 5, page.getHeight() * 7 / 10,
          page.getWidth() / 12);
      ImageIO.write(ScanVariants.stamped(stamped, page.getWidth() / 5, page.getHeight() * 3 / 5, page.getWidth() / 10),
          "png", out.resolve(names[i] + ".stamp.png").toFile());
    }
  }
}
