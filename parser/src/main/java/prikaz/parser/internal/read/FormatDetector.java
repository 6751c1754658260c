package prikaz.parser.internal.read;

import java.io.IOException;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import prikaz.parser.DocumentException;
import prikaz.parser.internal.read.ocr.Ocr;

/**
 * The format of an input, from its content first (Tika's detectors, which look inside ZIP and OLE2
 * containers) and its name only as a hint: a PDF named {@code .txt} or a DOCX named {@code .doc}
 * is read as what it is.
 */
public final class FormatDetector {

  /** A supported format: its short name and media type. */
  public record Format(String name, MediaType type) {}

  private static final LayoutReader TEXT = new TextReader();

  /**
   * Tika's detectors and the readers of the other formats, made when a file first needs them: a
   * run that reads text only (one order through the launcher) loads none of their classes.
   */
  private static final class Tika {
    static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    static final LayoutReader DOCX = new DocxReader();
    static final LayoutReader DOC = new DocReader();
    static final LayoutReader RTF = new RtfReader();
    static final LayoutReader ODT = new XhtmlReader(new OpenDocumentParser());
    static final LayoutReader HTML = new XhtmlReader(new JSoupParser());
    static final LayoutReader PDF_WITHOUT_OCR = new PdfReader(null);
  }

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", "docx"),
      Map.entry("application/vnd.ms-word.document.macroenabled.12", "docx"),
      Map.entry("application/vnd.ms-word.template.macroenabled.12", "docx"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/rtf", "rtf"),
      Map.entry("text/rtf", "rtf"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"),
      Map.entry("application/vnd.oasis.opendocument.text-template", "odt"),
      Map.entry("text/html", "html"),
      Map.entry("application/xhtml+xml", "html"),
      Map.entry("application/pdf", "pdf"),
      Map.entry("image/png", "png"),
      Map.entry("image/jpeg", "jpeg"),
      Map.entry("image/tiff", "tiff"),
      Map.entry("image/bmp", "bmp"),
      Map.entry("image/x-ms-bmp", "bmp"),
      Map.entry("image/gif", "gif"));

  private FormatDetector() {}

  public static Format detect(byte[] content, String name) throws DocumentException {
    if (isPlainTextFile(content, name)) {
      return new Format("txt", MediaType.TEXT_PLAIN);
    }
    MediaType type;
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try (TikaInputStream in = TikaInputStream.get(content)) {
      type = Tika.DETECTOR.detect(in, metadata);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "type detection failed", e);
    } catch (LinkageError e) {
      throw Readers.unknownCompression(e);
    }
    MediaType base = type.getBaseType();
    String format = NAMES.get(base.toString());
    if (format != null) {
      return new Format(format, base);
    }
    // Tika's OLE2 container detector names an encrypted DOCX/XLSX (an «EncryptedPackage» stream) so.
    if (base.toString().equals("application/x-tika-ooxml-protected")) {
      throw new DocumentException(DocumentException.Reason.ENCRYPTED, "the file is password-protected");
    }
    if (base.getType().equals("text") && !base.getSubtype().equals("xml")
        || base.equals(MediaType.OCTET_STREAM) && looksLikeText(content)) {
      return new Format("txt", MediaType.TEXT_PLAIN);
    }
    throw new DocumentException(DocumentException.Reason.UNSUPPORTED,
        base + " (prikaz reads DOCX, DOC, ODT, RTF, HTML, PDF, plain text and scans as PNG, JPEG, TIFF, BMP, GIF)");
  }

  /**
   * The reader for a format, its layout held to the {@link Limits} and a file cut short warned of
   * ({@link Truncation}); PDFs and images read scans with
   * {@code ocr} (null: no OCR).
   */
  public static LayoutReader reader(Format format, Ocr ocr) {
    return Limits.checked(Truncation.checked(format.name(), switch (format.name()) {
      case "docx" -> Tika.DOCX;
      case "doc" -> Tika.DOC;
      case "rtf" -> Tika.RTF;
      case "odt" -> Tika.ODT;
      case "html" -> Tika.HTML;
      case "pdf" -> ocr == null ? Tika.PDF_WITHOUT_OCR : new PdfReader(ocr);
      case "png", "jpeg", "tiff", "bmp", "gif" -> new ImageFileReader(ocr);
      default -> TEXT;
    }));
  }

  /**
   * A file named {@code .txt} whose first bytes carry no other format's mark is text; Tika would say
   * the same after trying each of its magic patterns, which costs a fifth of the time a batch of
   * text orders takes. Anything that may be markup, RTF, PDF or a binary format (a NUL byte, or
   * {@code <}, <code>{</code>, {@code %} or a known image signature first) still goes to Tika.
   */
  static boolean isPlainTextFile(byte[] content, String name) {
    if (name == null || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") || content.length == 0) {
      return false;
    }
    int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    while (start < content.length && (content[start] == ' ' || content[start] == '\t'
        || content[start] == '\r' || content[start] == '\n')) {
      start++;
    }
    if (start == content.length || "<{%".indexOf(content[start]) >= 0 || startsWith(content, start, "GIF8")
        || startsWith(content, start, "BM") || startsWith(content, start, "II*") || startsWith(content, start, "MM")) {
      return false;
    }
    return looksLikeText(content) && !contains(content, "%PDF", 1024);
  }

  private static boolean startsWith(byte[] content, int at, String ascii) {
    if (content.length - at < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (content[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] content, String ascii, int within) {
    int limit = Math.min(content.length, within) - ascii.length();
    for (int i = 0; i <= limit; i++) {
      if (startsWith(content, i, ascii)) {
        return true;
      }
    }
    return false;
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
