package prikaz.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Page images of one document ({@code --pages p1.png p2.png p3.png}, or a folder of them) made into
 * one multi-page TIFF, which the parser reads as one scanned document, page after page. A folder
 * gives its images in the order of their names, numbers compared as numbers (p2 before p10).
 */
final class PageImages {
  private static final List<String> IMAGES = List.of("png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private PageImages() {}

  /** A page file that is not an image. */
  static final class NotAnImage extends IOException {
    private final transient Path page;

    NotAnImage(Path page) {
      super(page + ": not an image");
      this.page = page;
    }

    Path page() {
      return page;
    }
  }

  /** The page files: each file named, and each image in a folder named, in page order. */
  static List<Path> pages(List<String> names) throws IOException {
    List<Path> pages = new ArrayList<>();
    for (String name : names) {
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          files.filter(Files::isRegularFile).filter(PageImages::isImage)
              .sorted(Comparator.comparing(p -> sortKey(p.getFileName().toString())))
              .forEach(pages::add);
        }
      } else {
        pages.add(path);
      }
    }
    return pages;
  }

  /** The pages as one TIFF, a page per image (each frame of a multi-page TIFF a page too). */
  static byte[] tiff(List<Path> pages) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("Deflate");
      writer.prepareWriteSequence(null);
      for (Path page : pages) {
        for (BufferedImage image : frames(page)) {
          writer.writeToSequence(new IIOImage(image, null, null), param);
        }
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static List<BufferedImage> frames(Path page) throws IOException {
    List<BufferedImage> frames = new ArrayList<>();
    try (var in = ImageIO.createImageInputStream(page.toFile())) {
      var readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new NotAnImage(page);
      }
      var reader = readers.next();
      try {
        reader.setInput(in);
        int count = reader.getNumImages(true);
        for (int i = 0; i < count; i++) {
          frames.add(reader.read(i));
        }
      } finally {
        reader.dispose();
      }
    }
    return frames;
  }

  private static boolean isImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && IMAGES.contains(name.substring(dot + 1));
  }

  /** The name with every number padded to twenty digits, so that names sort as people number pages. */
  private static String sortKey(String name) {
    Matcher m = NUMBER.matcher(name.toLowerCase(Locale.ROOT));
    StringBuilder key = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(key, "0".repeat(Math.max(0, 20 - m.group().length())) + m.group());
    }
    m.appendTail(key);
    return key.toString();
  }
}
