package prikaz.parser.internal.read.ocr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of the ruled tables on a page image: the areas the borders enclose, found by filling
 * the page between the lines on a coarse grid. Areas that reach the edge of the page are outside
 * every table. A cell with a border missing (merged cells) is one area, as it should be. Each cell
 * is then read by OCR on its own, as one block of text: a page-wide reading drops a lone «5.» in a
 * narrow number column or runs the text of neighbouring cells together.
 */
final class CellFinder {
  /** A rectangle in image pixels, right and bottom exclusive. */
  record Box(int x0, int y0, int x1, int y1) {
    int width() {
      return x1 - x0;
    }

    int height() {
      return y1 - y0;
    }
  }

  /** The grid is about this fine. */
  private static final double GRID_DPI = 100;
  /** A cell smaller than this either way is a gap between double borders, not a cell. */
  private static final double MIN_CELL_INCH = 0.08;

  private CellFinder() {}

  static List<Box> cells(int width, int height, double dpi, List<LineFinder.Line> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    int step = Math.max(1, (int) Math.round(dpi / GRID_DPI));
    int w = (width + step - 1) / step;
    int h = (height + step - 1) / step;
    boolean[] wall = new boolean[w * h];
    int reach = (int) Math.ceil(LineFinder.TOUCH_INCH * dpi);
    for (LineFinder.Line line : lines) {
      double half = line.thickness() / 2.0 + 1;
      int along0 = Math.max(0, (line.from() - reach) / step);
      int along1 = (line.to() + reach) / step;
      for (int a = along0; a <= along1; a++) {
        double centre = line.at(a * step + step / 2.0);
        int across0 = (int) Math.floor((centre - half) / step);
        int across1 = (int) Math.floor((centre + half) / step);
        for (int c = across0; c <= across1; c++) {
          int x = line.horizontal() ? a : c;
          int y = line.horizontal() ? c : a;
          if (x >= 0 && y >= 0 && x < w && y < h) {
            wall[y * w + x] = true;
          }
        }
      }
    }
    int minCell = Math.max(1, (int) Math.round(MIN_CELL_INCH * dpi / step));
    boolean[] seen = new boolean[w * h];
    List<Box> cells = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int start = 0; start < w * h; start++) {
      if (wall[start] || seen[start]) {
        continue;
      }
      int x0 = w;
      int y0 = h;
      int x1 = -1;
      int y1 = -1;
      boolean edge = false;
      seen[start] = true;
      queue.add(start);
      while (!queue.isEmpty()) {
        int p = queue.poll();
        int x = p % w;
        int y = p / w;
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
        edge |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
        if (x > 0) {
          visit(p - 1, wall, seen, queue);
        }
        if (x < w - 1) {
          visit(p + 1, wall, seen, queue);
        }
        if (y > 0) {
          visit(p - w, wall, seen, queue);
        }
        if (y < h - 1) {
          visit(p + w, wall, seen, queue);
        }
      }
      if (!edge && x1 - x0 + 1 >= minCell && y1 - y0 + 1 >= minCell) {
        cells.add(new Box(x0 * step, y0 * step, Math.min(width, (x1 + 1) * step), Math.min(height, (y1 + 1) * step)));
      }
    }
    return cells;
  }

  private static void visit(int p, boolean[] wall, boolean[] seen, ArrayDeque<Integer> queue) {
    if (!wall[p] && !seen[p]) {
      seen[p] = true;
      queue.add(p);
    }
  }
}
