package prikaz.parser.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import prikaz.parser.read.Layout;

/**
 * A table laid out on a rectangular grid: column spans put the text in the first column they
 * cover, row spans repeat the text in every row they cover (a vertically merged «Ответственные»
 * cell applies to each of those rows).
 */
final class TableGrid {

  /** One grid row; {@code spanning} when a single cell covers the whole row (a section line). */
  record GridRow(List<String> cells, boolean spanning) {
    String cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : "";
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
    Map<Integer, Integer> carriedRows = new HashMap<>();
    for (Layout.Row row : table.rows()) {
      String[] cells = new String[width];
      int column = 0;
      for (Map.Entry<Integer, Integer> carried : carriedRows.entrySet()) {
        cells[carried.getKey()] = carriedText.get(carried.getKey());
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
        for (int c = column + 1; c < Math.min(width, column + cell.colSpan()); c++) {
          cells[c] = "";
        }
        if (cell.rowSpan() > 1) {
          carriedText.put(column, cell.text());
          carriedRows.put(column, cell.rowSpan());
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
      List<String> texts = new ArrayList<>(width);
      for (String text : cells) {
        texts.add(text == null ? "" : text);
      }
      rows.add(new GridRow(texts, filled == 1 && width > 1 && widest >= width - 1));
    }
    return rows;
  }
}
