package prikaz.parser.internal.read;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import prikaz.parser.DocumentException;

/**
 * The pages of a TIFF file, counted by walking its chain of image directories (IFDs) before any
 * decoder does. The JDK's TIFF reader follows the chain without checking it: a chain that loops
 * back took it a minute before it failed. Here a loop, or a directory outside the file, is found
 * at once.
 */
final class TiffPages {
  private TiffPages() {}

  /** Whether the bytes start as a TIFF (classic or BigTIFF, either byte order). */
  static boolean isTiff(byte[] content) {
    return content.length >= 8 && (content[0] == 'I' && content[1] == 'I' || content[0] == 'M' && content[1] == 'M');
  }

  /**
   * How many pages the file holds; {@link DocumentException.Reason#UNREADABLE} when its chain of
   * pages loops or leaves the file, {@link DocumentException.Reason#TOO_COMPLEX} past {@link Limits#MAX_PAGES}.
   */
  static int count(byte[] content) throws DocumentException {
    ByteBuffer bytes = ByteBuffer.wrap(content).order(content[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int version = bytes.getShort(2) & 0xFFFF;
    boolean big = version == 43;
    if (version != 42 && !big) {
      throw unreadable("not a TIFF header");
    }
    long offset = big ? bytes.getLong(8) : bytes.getInt(4) & 0xFFFFFFFFL;
    Map<Long, Integer> seen = new HashMap<>();
    int pages = 0;
    while (offset != 0) {
      int entrySize = big ? 20 : 12;
      int countSize = big ? 8 : 2;
      if (offset < 8 || offset > content.length - countSize) {
        if (pages > 0) {
          break; // a last pointer into nowhere: the pages before it are whole
        }
        throw unreadable("its first page directory lies outside the file");
      }
      Integer earlier = seen.putIfAbsent(offset, pages + 1);
      if (earlier != null) {
        throw unreadable("its chain of pages loops back to page " + earlier);
      }
      pages++;
      if (pages > Limits.MAX_PAGES) {
        throw Limits.pages(pages);
      }
      long entries = big ? bytes.getLong((int) offset) : bytes.getShort((int) offset) & 0xFFFF;
      long next = offset + countSize + entries * entrySize;
      if (next > content.length - (big ? 8 : 4)) {
        break; // the directory runs past the end: no next page
      }
      offset = big ? bytes.getLong((int) next) : bytes.getInt((int) next) & 0xFFFFFFFFL;
    }
    return pages;
  }

  private static DocumentException unreadable(String detail) {
    return new DocumentException(DocumentException.Reason.UNREADABLE, "the TIFF is damaged: " + detail);
  }
}
