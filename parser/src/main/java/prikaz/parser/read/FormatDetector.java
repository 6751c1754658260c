package prikaz.parser.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import prikaz.parser.DocumentException;

/**
 * The format of an input, from its content first (Tika's magic-byte detection) and its name only as
 * a hint: a PDF named {@code .txt} is still a PDF.
 */
public final class FormatDetector {

  /** A supported format: its short name and the reader for it. */
  public record Format(String name, MediaType type, LayoutReader reader) {}

  private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();
  private static final LayoutReader TEXT = new TextReader();

  private FormatDetector() {}

  public static Format detect(byte[] content, String name) throws DocumentException {
    MediaType type;
    try {
      Metadata metadata = new Metadata();
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
      type = DETECTOR.detect(new ByteArrayInputStream(content), metadata);
    } catch (IOException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "type detection failed", e);
    }
    MediaType base = type.getBaseType();
    if (base.getType().equals("text") && !isMarkup(base)
        || base.equals(MediaType.OCTET_STREAM) && looksLikeText(content)) {
      return new Format("txt", MediaType.TEXT_PLAIN, TEXT);
    }
    throw new DocumentException(DocumentException.Reason.UNSUPPORTED,
        base + " (this version reads plain text orders)");
  }

  private static boolean isMarkup(MediaType type) {
    String subtype = type.getSubtype();
    return subtype.equals("html") || subtype.equals("xml") || subtype.equals("rtf");
  }

  /** No magic matched and the name gave no hint: accept if it has no NUL bytes. */
  private static boolean looksLikeText(byte[] content) {
    int sample = Math.min(content.length, 8192);
    for (int i = 0; i < sample; i++) {
      if (content[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
