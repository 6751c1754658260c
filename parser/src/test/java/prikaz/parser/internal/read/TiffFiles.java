package prikaz.parser.internal.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

/** Multi-page TIFF files for tests, written by the JDK's TIFF writer, as scanners and fax machines make them. */
public final class TiffFiles {
  private TiffFiles() {}

  /**
   * The pages as one TIFF, each compressed with {@code compression} («CCITT T.4» is fax G3,
   * «CCITT T.6» G4, «Deflate» for grey) and stating {@code xDpi} × {@code yDpi}.
   */
  public static byte[] write(List<BufferedImage> pages, String compression, int xDpi, int yDpi) throws Exception {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType(compression);
      writer.prepareWriteSequence(null);
      BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
      for (BufferedImage page : pages) {
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(page), param);
        TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
        directory.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
            new long[][] {{xDpi, 1}}));
        directory.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
            new long[][] {{yDpi, 1}}));
        directory.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
            BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
        writer.writeToSequence(new IIOImage(page, null, directory.getAsMetadata()), param);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
