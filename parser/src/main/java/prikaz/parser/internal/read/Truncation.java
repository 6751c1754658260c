package prikaz.parser.internal.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Warning;

/**
 * Files that end before their format says they do — a download cut off, a copy stopped half-way,
 * an attachment clipped by a mail system. A reader given such a file often reads what is there
 * and stops, and the result looks whole: a plan with 5 of its 18 rows, a scan with its header and
 * no table. Each format's own end mark tells: the RTF document's closing brace, a PDF's
 * {@code %%EOF}, the end record of a ZIP's directory (DOCX, ODT), PNG's {@code IEND} chunk,
 * JPEG's end-of-image marker, GIF's trailer. A file without it that is still read gets a
 * {@code TRUNCATED} warning; one that cannot be read says it is cut short.
 */
final class Truncation {
  /** The code of the warning. */
  static final Warning.Code CODE = Warning.Code.TRUNCATED;

  /** How far from the end a PDF's %%EOF may be: readers accept up to 1024 bytes of trailing junk. */
  private static final int PDF_EOF_WINDOW = 1024;
  /** The ZIP end record (22 bytes) and a comment of at most 65,535 bytes. */
  private static final int ZIP_END_WINDOW = 22 + 65_535;
  /** Bytes after PNG's IEND chunk type: its CRC, and what a careless writer may add. */
  private static final int PNG_END_WINDOW = 64;

  private Truncation() {}

  /** The reader for {@code format}, its results warned of and its failures explained when the file is cut short. */
  static LayoutReader checked(String format, LayoutReader reader) {
    return content -> {
      String cut = cutShort(format, content);
      if (cut == null) {
        return reader.read(content);
      }
      LayoutReader.Result result;
      try {
        result = reader.read(content);
      } catch (DocumentException e) {
        if (e.reason() != DocumentException.Reason.UNREADABLE) {
          throw e;
        }
        throw new DocumentException(DocumentException.Reason.UNREADABLE,
            "the file ends early (" + cut + "); " + e.detail(), e);
      }
      List<Warning> warnings = new ArrayList<>(result.warnings());
      warnings.add(new Warning(CODE, "the file ends early (" + cut + "): what came after the cut is missing, "
          + "and the plan may lack rows", null));
      return new LayoutReader.Result(result.layout(), result.encoding(), warnings, result.ocr());
    };
  }

  /** What shows that the file is cut short, or null when it ends as its format says or cannot tell. */
  static String cutShort(String format, byte[] content) {
    return switch (format) {
      case "rtf" -> openGroups(content) > 0 ? "an RTF group is not closed" : null;
      case "pdf" -> lastIndexOf(content, "%%EOF".getBytes(StandardCharsets.US_ASCII),
          content.length - PDF_EOF_WINDOW) < 0 ? "no %%EOF at its end" : null;
      case "docx", "odt" -> lastIndexOf(content, new byte[] {'P', 'K', 5, 6}, content.length - ZIP_END_WINDOW) < 0
          ? "no end record of the ZIP directory" : null;
      case "png" -> lastIndexOf(content, "IEND".getBytes(StandardCharsets.US_ASCII),
          content.length - PNG_END_WINDOW) < 0 ? "no IEND chunk" : null;
      case "jpeg" -> jpegCut(content) ? "no end-of-image marker after the image data" : null;
      case "gif" -> content.length > 0 && lastNonZero(content) != 0x3B ? "no GIF trailer" : null;
      default -> null;
    };
  }

  /**
   * The RTF groups still open at the end: braces counted as the RTF tokenizer sees them, escaped
   * ones ({@code \{}, {@code \}}) and binary data ({@code \binN}) skipped.
   */
  static int openGroups(byte[] rtf) {
    int depth = 0;
    int i = 0;
    while (i < rtf.length) {
      byte b = rtf[i];
      if (b == '{') {
        depth++;
        i++;
      } else if (b == '}') {
        depth = Math.max(0, depth - 1);
        i++;
      } else if (b == '\\' && i + 1 < rtf.length) {
        int start = ++i;
        while (i < rtf.length && (rtf[i] >= 'a' && rtf[i] <= 'z' || rtf[i] >= 'A' && rtf[i] <= 'Z')) {
          i++;
        }
        if (i == start) {
          i++;  // a control symbol: \{ \} \\ \' …
          continue;
        }
        String word = new String(rtf, start, i - start, StandardCharsets.US_ASCII);
        int numberStart = i;
        if (i < rtf.length && rtf[i] == '-') {
          i++;
        }
        int digitsStart = i;
        while (i < rtf.length && rtf[i] >= '0' && rtf[i] <= '9' && i - numberStart < 10) {
          i++;
        }
        // A «-» without digits («\bin-») is no parameter: there is no binary data to skip.
        if (word.equals("bin") && i > digitsStart) {
          long size = Long.parseLong(new String(rtf, numberStart, i - numberStart, StandardCharsets.US_ASCII));
          i = (int) Math.min(rtf.length, i + 1 + Math.max(0, size));
        }
      } else {
        i++;
      }
    }
    return depth;
  }

  /** Whether a JPEG's last image data (after its last start-of-scan marker) has no end-of-image marker. */
  private static boolean jpegCut(byte[] jpeg) {
    int scan = lastIndexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA}, 0);
    return scan >= 0 && lastIndexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xD9}, scan) < 0;
  }

  private static int lastNonZero(byte[] content) {
    for (int i = content.length - 1; i >= 0; i--) {
      if (content[i] != 0 && content[i] != '\n' && content[i] != '\r') {
        return content[i] & 0xFF;
      }
    }
    return -1;
  }

  /** The last index of {@code mark} in {@code content} at or after {@code from}, or -1. */
  private static int lastIndexOf(byte[] content, byte[] mark, int from) {
    for (int i = content.length - mark.length; i >= Math.max(0, from); i--) {
      int j = 0;
      while (j < mark.length && content[i + j] == mark[j]) {
        j++;
      }
      if (j == mark.length) {
        return i;
      }
    }
    return -1;
  }
}
