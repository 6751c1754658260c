package prikaz.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of a batch's outputs: {@code DIR/<path under the folder>.FORMAT}. A name longer than the
 * file system takes (255 bytes; a Cyrillic letter is two) is cut and given a hash of the whole
 * input's name, «начало-имени~1a2b3c4d5e6f.docx.json», so it can be written, stays apart from every other
 * name, and is the same in every run.
 */
final class OutputNames {
  /** Bytes of the hash mark «~» and 12 hexadecimal digits of the name's SHA-256. */
  private static final int MARK = 13;

  private OutputNames() {}

  /** The output of {@code relative} (an input's path under its folder) in the format {@code extension}. */
  static Path of(Path out, Path relative, String extension) {
    String name = relative.getFileName() + "." + extension;
    Path parent = relative.getParent();
    Path target = parent == null ? out : out.resolve(parent);
    return target.resolve(fitted(name, AtomicFile.NAME_MAX));
  }

  /** The name as it is when it fits in {@code max} UTF-8 bytes, else cut and hashed (its extensions kept). */
  static String fitted(String name, int max) {
    if (bytes(name) <= max) {
      return name;
    }
    // «.docx.json»: the last two extensions say what the file is, when they are short.
    int dot = name.lastIndexOf('.');
    int before = dot > 0 ? name.lastIndexOf('.', dot - 1) : -1;
    String kept = before > 0 && name.length() - before <= 16 ? name.substring(before)
        : dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    String stem = name.substring(0, name.length() - kept.length());
    // The hash of the name without the format's extension: the outputs of one input share it.
    return cut(stem, max - bytes(kept) - MARK) + "~" + hash(dot > 0 ? name.substring(0, dot) : name) + kept;
  }

  /** The longest start of {@code text} that fits in {@code max} UTF-8 bytes, not cutting a letter in two. */
  static String cut(String text, int max) {
    if (bytes(text) <= max) {
      return text;
    }
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int next = text.offsetByCodePoints(end, 1);
      int size = bytes(text.substring(end, next));
      if (used + size > max) {
        break;
      }
      used += size;
      end = next;
    }
    return text.substring(0, end);
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hash(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
