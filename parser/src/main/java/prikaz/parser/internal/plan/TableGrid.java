package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.model.PageArea;

/**
 * A table laid out on a rectangular grid: column spans put the text in the first column they
 * cover, row spans repeat the text in every row they cover (a vertically merged «Ответственные»
 * cell applies to each of those rows).
 */
final class TableGrid {

  /**
   * One grid row; {@code spanning} when a single cell covers the whole row (a section line).
   * {@code spans} gives, for each grid column, the column span of the cell that starts there, or 0
   * where a cell started further left covers it. {@code area}: where on a scanned page the row was
   * read, or null.
   */
  record GridRow(List<String> cells, boolean spanning, List<Integer> spans, List<Double> confidences, PageArea area) {
    GridRow(List<String> cells, boolean spanning, List<Integer> spans) {
      this(cells, spanning, spans, java.util.Collections.nCopies(cells.size(), Layout.Cell.NO_CONFIDENCE));
    }

    GridRow(List<String> cells, boolean spanning, List<Integer> spans, List<Double> confidences) {
      this(cells, spanning, spans, confidences, null);
    }

    String cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** OCR's confidence in the cell, 0–1, or {@link Layout.Cell#NO_CONFIDENCE}. */
    double confidence(int column) {
      return column >= 0 && column < confidences.size() ? confidences.get(column) : Layout.Cell.NO_CONFIDENCE;
    }

    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  private TableGrid() {}

  static List<GridRow> of(Layout.Table table) {
    int width = table.width();
    List<GridRow> rows = new ArrayList<>();
    // column -> (text, rows still covered) for row spans reaching into later rows
    Map<Integer, String> carriedText = new HashMap<>();
    Map<Integer, Double> carriedConfidence = new HashMap<>();
    Map<Integer, Integer> carriedRows = new HashMap<>();
    Map<Integer, Integer> carriedSpans = new HashMap<>();
    for (Layout.Row row : table.rows()) {
      String[] cells = new String[width];
      double[] confidences = new double[width];
      java.util.Arrays.fill(confidences, Layout.Cell.NO_CONFIDENCE);
      int[] spans = new int[width];
      int column = 0;
      for (Map.Entry<Integer, Integer> carried : carriedRows.entrySet()) {
        int start = carried.getKey();
        int span = carriedSpans.get(start);
        cells[start] = carriedText.get(start);
        confidences[start] = carriedConfidence.get(start);
        spans[start] = span;
        for (int c = start + 1; c < Math.min(width, start + span); c++) {
          cells[c] = "";
        }
      }
      int filled = 0;
      int widest = 0;
      for (Layout.Cell cell : row.cells()) {
        while (column < width && cells[column] != null) {
          column++;
        }
        if (column >= width) {
          break;
        }
        cells[column] = cell.text();
        confidences[column] = cell.confidence();
        spans[column] = Math.min(cell.colSpan(), width - column);
        for (int c = column + 1; c < Math.min(width, column + cell.colSpan()); c++) {
          cells[c] = "";
        }
        if (cell.rowSpan() > 1) {
          carriedText.put(column, cell.text());
          carriedConfidence.put(column, cell.confidence());
          carriedRows.put(column, cell.rowSpan());
          carriedSpans.put(column, spans[column]);
        }
        if (!cell.text().isBlank()) {
          filled++;
          widest = Math.max(widest, cell.colSpan());
        }
        column += cell.colSpan();
      }
      carriedRows.replaceAll((c, left) -> left - 1);
      carriedRows.values().removeIf(left -> left <= 0);
      carriedText.keySet().retainAll(carriedRows.keySet());
      carriedConfidence.keySet().retainAll(carriedRows.keySet());
      carriedSpans.keySet().retainAll(carriedRows.keySet());
      List<String> texts = new ArrayList<>(width);
      List<Integer> spanList = new ArrayList<>(width);
      List<Double> confidenceList = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        texts.add(cells[c] == null ? "" : cells[c]);
        confidenceList.add(confidences[c]);
        // A grid position no cell reached (a short row) counts as an empty cell of its own.
        spanList.add(cells[c] == null ? 1 : spans[c]);
      }
      rows.add(new GridRow(texts, filled == 1 && width > 1 && widest >= width - 1, spanList, confidenceList,
          row.area()));
    }
    return rows;
  }

  /**
   * The row with each cell moved under the header cell it overlaps most, for tables whose rows
   * were cut at other column boundaries than the header (two tables of different widths merged
   * into one, cells merged differently in the lower part). Rows that already fit are returned as
   * they are.
   */
  static GridRow alignTo(GridRow row, GridRow header) {
    int width = row.cells().size();
    if (row.spanning() || row.spans().equals(header.spans())) {
      return row;
    }
    List<int[]> headerCells = ranges(header);
    List<int[]> rowCells = ranges(row);
    if (header.cells().size() != width) {
      // A part of the table on another grid (the next page's part, cut at other boundaries):
      // cell by cell when, empty cells at its end left out, it has no more cells than the header.
      while (!rowCells.isEmpty() && row.cells().get(rowCells.get(rowCells.size() - 1)[0]).isBlank()) {
        rowCells.remove(rowCells.size() - 1);
      }
      if (rowCells.size() > headerCells.size()) {
        return row;
      }
      List<String> texts = new ArrayList<>(java.util.Collections.nCopies(header.cells().size(), ""));
      List<Double> confidences = new ArrayList<>(
          java.util.Collections.nCopies(header.cells().size(), Layout.Cell.NO_CONFIDENCE));
      for (int i = 0; i < rowCells.size(); i++) {
        texts.set(headerCells.get(i)[0], row.cells().get(rowCells.get(i)[0]));
        confidences.set(headerCells.get(i)[0], row.confidence(rowCells.get(i)[0]));
      }
      return new GridRow(texts, false, header.spans(), confidences, row.area());
    }
    String[] placed = new String[width];
    double[] confidences = new double[width];
    java.util.Arrays.fill(confidences, Layout.Cell.NO_CONFIDENCE);
    // Cells that overlap one header cell only are placed first, so that a wider cell takes the
    // header cell left free.
    rowCells.sort(java.util.Comparator.comparingInt(r -> overlapping(r, headerCells)));
    for (int[] cell : rowCells) {
      String text = row.cells().get(cell[0]);
      if (text.isBlank()) {
        continue;
      }
      int best = -1;
      int bestOverlap = 0;
      for (int[] target : headerCells) {
        int overlap = Math.min(cell[1], target[1]) - Math.max(cell[0], target[0]);
        boolean free = placed[target[0]] == null;
        boolean bestFree = best >= 0 && placed[best] == null;
        if (overlap > 0 && (best < 0 || free && !bestFree || free == bestFree && overlap > bestOverlap)) {
          best = target[0];
          bestOverlap = overlap;
        }
      }
      confidences[best] = placed[best] == null ? row.confidence(cell[0])
          : combine(confidences[best], placed[best].length(), row.confidence(cell[0]), text.length());
      placed[best] = placed[best] == null ? text : placed[best] + "\n" + text;
    }
    List<String> texts = new ArrayList<>(width);
    List<Double> confidenceList = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      texts.add(placed[c] == null ? "" : placed[c]);
      confidenceList.add(confidences[c]);
    }
    return new GridRow(texts, false, header.spans(), confidenceList, row.area());
  }

  /** The confidence of two texts joined: their confidences weighted by length; none if neither has one. */
  static double combine(double a, int lengthA, double b, int lengthB) {
    if (a < 0 || b < 0) {
      return a < 0 ? b : a;
    }
    return lengthA + lengthB == 0 ? Math.min(a, b) : (a * lengthA + b * lengthB) / (lengthA + lengthB);
  }

  /** [start, end) of each cell of a row. */
  private static List<int[]> ranges(GridRow row) {
    List<int[]> ranges = new ArrayList<>();
    for (int c = 0; c < row.spans().size(); c++) {
      int span = row.spans().get(c);
      if (span > 0) {
        ranges.add(new int[] {c, c + span});
      }
    }
    return ranges;
  }

  private static int overlapping(int[] cell, List<int[]> targets) {
    int count = 0;
    for (int[] target : targets) {
      if (Math.min(cell[1], target[1]) > Math.max(cell[0], target[0])) {
        count++;
      }
    }
    return count;
  }
}
