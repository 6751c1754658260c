package prikaz.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The resolution of a scanned image, which sets the size OCR reads it at. */
class ImageFileReaderTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void anImageSaysItsResolutionOrIsTakenForAnA4Page() throws Exception {
    javax.imageio.ImageReader png = ImageIO.getImageReadersByFormatName("png").next();
    png.setInput(ImageIO.createImageInputStream(SAMPLES.resolve("artem-2020-218.scan.png").toFile()));
    assertEquals(200, ImageFileReader.dpi(png, 0, png.getWidth(0), png.getHeight(0)), 0.5);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY), "png", out);
    png.setInput(ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(out.toByteArray())));
    // No pHYs: 1240 pixels across an A4 page's 210 mm is 150 dpi.
    assertEquals(150, ImageFileReader.dpi(png, 0, 1240, 1754), 0.5);
  }
}
