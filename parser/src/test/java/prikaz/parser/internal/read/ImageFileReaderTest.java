package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import prikaz.parser.DocumentException;
import prikaz.parser.DocumentException.Reason;
import prikaz.parser.OrderParser;
import prikaz.parser.internal.read.ocr.Ocr;

/**
 * How an image file becomes page images: its resolution per axis, its pages, and a size bounded
 * whatever the file claims.
 */
@Timeout(60)
class ImageFileReaderTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  private static ImageReader reader(byte[] file) throws Exception {
    ImageReader decoder = ImageIO.getImageReaders(ImageIO.createImageInputStream(new ByteArrayInputStream(file))).next();
    decoder.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(file)));
    return decoder;
  }

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

  @Test
  void aFaxPageOf204By98DpiIsStretchedToSquarePixels() throws Exception {
    // An A4 fax page: 1728 columns at 204 dpi, 1145 lines at 98 dpi; two pages, CCITT G3.
    BufferedImage page = new BufferedImage(1728, 1145, BufferedImage.TYPE_BYTE_BINARY);
    byte[] fax = TiffFiles.write(java.util.List.of(page, page), "CCITT T.4", 204, 98);
    ImageReader decoder = reader(fax);

    assertArrayEquals(new double[] {204, 98}, ImageFileReader.resolution(decoder, 0, 1728, 1145), 0.01);
    Ocr.PageImage image = ImageFileReader.page(decoder, 1);
    assertEquals(2, image.number());
    assertEquals(1728, image.image().getWidth());
    assertEquals(Math.round(1145 * 204 / 98.0), image.image().getHeight());
    assertEquals(204, image.dpi(), 0.01);
    assertEquals(2, TiffPages.count(fax));
  }

  @Test
  void aResolutionOfProgramsThatDoNotKnowIsNotBelieved() throws Exception {
    // 72 × 72 dpi written by a program that did not know: the page is taken for A4.
    BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_BINARY);
    ImageReader decoder = reader(TiffFiles.write(java.util.List.of(page), "CCITT T.6", 72, 72));

    assertArrayEquals(new double[] {300, 300}, ImageFileReader.resolution(decoder, 0, 2480, 3508), 0.5);
  }

  @Test
  void aHugeImageIsDecodedToThePixelBudgetNotItsSize() throws Exception {
    // 16000 × 16000 pixels at 300 dpi (53 inches across): decoded subsampled, never whole.
    BufferedImage huge = new BufferedImage(16000, 16000, BufferedImage.TYPE_BYTE_BINARY);
    byte[] file = TiffFiles.write(java.util.List.of(huge), "CCITT T.6", 300, 300);
    huge = null;

    Ocr.PageImage image = ImageFileReader.page(reader(file), 0);

    long pixels = (long) image.image().getWidth() * image.image().getHeight();
    assertTrue(pixels <= Limits.OCR_PAGE_PIXELS * 1.05, pixels + " pixels");
    assertTrue(pixels >= Limits.OCR_PAGE_PIXELS / 2, pixels + " pixels");
    assertEquals(image.image().getWidth(), image.image().getHeight());
  }

  @Test
  void anImageClaimingMoreThanTheLimitIsRefusedBeforeItIsDecoded() throws Exception {
    // A PNG whose header says 40000 × 40000 pixels and whose data is a few bytes.
    byte[] file = pngHeaderOnly(40_000, 40_000);

    DocumentException e = assertThrows(DocumentException.class, () -> ImageFileReader.page(reader(file), 0));

    assertEquals(Reason.TOO_COMPLEX, e.reason());
    assertEquals("too complex: page 1 is an image of 1600 million pixels (at most 1000 million)", e.getMessage());
  }

  @Test
  void aTiffWhosePagesLoopIsRefusedAtOnce() throws Exception {
    BufferedImage page = new BufferedImage(200, 300, BufferedImage.TYPE_BYTE_BINARY);
    byte[] tiff = TiffFiles.write(java.util.List.of(page, page), "CCITT T.6", 300, 300);
    // The second page's «next page» pointer made to point back at the first page.
    ByteBuffer bytes = ByteBuffer.wrap(tiff).order(tiff[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int first = bytes.getInt(4);
    int second = bytes.getInt(first + 2 + 12 * (bytes.getShort(first) & 0xFFFF));
    bytes.putInt(second + 2 + 12 * (bytes.getShort(second) & 0xFFFF), first);

    DocumentException e = assertThrows(DocumentException.class,
        () -> OrderParser.builder().build().parse(new ByteArrayInputStream(tiff), "loop.tif"));

    assertEquals(Reason.UNREADABLE, e.reason());
    assertEquals("unreadable: the TIFF is damaged: its chain of pages loops back to page 1", e.getMessage());
  }

  /** A PNG of the given size as its header states it, with an empty image: what a decoder reads first. */
  private static byte[] pngHeaderOnly(int width, int height) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", header.array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[] {0});
    deflater.finish();
    byte[] data = new byte[64];
    chunk(out, "IDAT", java.util.Arrays.copyOf(data, deflater.deflate(data)));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
    DataOutputStream stream = new DataOutputStream(out);
    stream.writeInt(data.length);
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    stream.write(name);
    stream.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    stream.writeInt((int) crc.getValue());
  }
}
