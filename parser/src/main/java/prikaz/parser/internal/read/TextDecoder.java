package prikaz.parser.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import prikaz.parser.DocumentException;

/**
 * Bytes of a text file to a string. A byte-order mark wins; bytes that are valid UTF-8 are UTF-8;
 * anything else is handed to Tika's encoding detector (juniversalchardet), which tells
 * windows-1251 from KOI8-R and the DOS code page.
 */
final class TextDecoder {
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  record Decoded(String text, Charset charset) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) throws DocumentException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    if (looksBinary(bytes)) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "binary content, not a text document");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new Decoded(text, StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      Charset detected = detect(bytes);
      return new Decoded(new String(bytes, detected), detected);
    }
  }

  private static Charset detect(byte[] bytes) {
    Charset detected = null;
    try {
      detected = new UniversalEncodingDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
    } catch (IOException | RuntimeException e) {
      // The detector only reads a memory buffer; treat any failure as "no opinion".
    }
    if (detected == null || StandardCharsets.UTF_8.equals(detected)) {
      // Not valid UTF-8 and no confident guess: the one single-byte encoding Russian offices use.
      return WINDOWS_1251;
    }
    // A guess of a non-Cyrillic single-byte code page for Russian text is a detector slip;
    // keep it only if it yields more Cyrillic letters than windows-1251 does.
    return cyrillicShare(new String(bytes, detected)) >= cyrillicShare(new String(bytes, WINDOWS_1251))
        ? detected
        : WINDOWS_1251;
  }

  private static double cyrillicShare(String text) {
    long letters = 0;
    long cyrillic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC && Character.isLowerCase(c)) {
          cyrillic++;
        }
      }
    }
    return letters == 0 ? 0 : (double) cyrillic / letters;
  }

  /** NUL bytes or many control characters: an image, an archive, an executable. */
  private static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 64 * 1024);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return sample > 0 && control * 20 > sample;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
