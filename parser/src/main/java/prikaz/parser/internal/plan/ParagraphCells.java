package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import prikaz.parser.model.Field;
import prikaz.parser.internal.read.Layout;

/**
 * A table copied as one cell per line or paragraph, with nothing between the cells: a run of
 * header cells («Наименование мероприятия», «Сроки проведения», «Ответственный»), then the rows.
 * A row starts where the numbering goes on («1», «2.», «1.1. Уточнить …»; a number column the
 * header did not name is added) or, in a plan whose first column is the date, at a date; the
 * pieces up to the next row go to the columns they fit ({@link CellAssigner}). A numbered line
 * followed at once by the next number is a section line («1. Организационные мероприятия» over
 * «1.1.»), and so is text before the first row. A table copied column by column is put back in
 * rows ({@link ColumnMajor}).
 */
final class ParagraphCells {
  private ParagraphCells() {}

  private record Piece(String text, int block) {}

  static ImplicitTables.Found read(List<Layout.Block> blocks, int from) {
    List<Piece> pieces = new ArrayList<>();
    int end = from;
    // Text whose cells «|» ends is read by PipeCells, on its own turn.
    while (end < blocks.size() && blocks.get(end) instanceof Layout.Paragraph paragraph
        && !(end > from && PipeCells.isPipeText(paragraph))) {
      for (String line : paragraph.lines()) {
        if (!line.isBlank()) {
          pieces.add(new Piece(line.strip(), end));
        }
      }
      end++;
    }
    int h = 0;
    int k = 0;
    while (h < pieces.size()) {
      k = h;
      while (k < pieces.size() && HeaderWords.isHeaderCell(pieces.get(k).text())) {
        k++;
      }
      if (k - h >= 2 && HeaderWords.isPlanHeader(texts(pieces.subList(h, k)))) {
        break;
      }
      h++;
    }
    if (h >= pieces.size()) {
      return null;
    }
    List<String> header = new ArrayList<>(texts(pieces.subList(h, k)));
    List<Field> roles = new ArrayList<>(ColumnMap.columnRoles(header));
    List<Piece> data = pieces.subList(k, pieces.size());
    boolean numbered = roles.get(0) == Field.NUMBER || startsNumbered(data);
    if (numbered && roles.get(0) != Field.NUMBER) {
      header.add(0, "№");
      roles.add(0, Field.NUMBER);
    }
    boolean dated = !numbered && roles.get(0) == Field.DEADLINE;
    if (!numbered && !dated) {
      return null;
    }
    int width = header.size();
    List<Layout.Row> rows = new ArrayList<>();
    rows.add(ImplicitTables.row(header, width));
    String previous = null;
    List<String> numbers = new ArrayList<>();
    List<List<String>> pieceRows = new ArrayList<>();
    List<String> row = null;
    for (Piece piece : data) {
      String text = piece.text();
      String start = numbered ? rowNumber(text, previous) : null;
      boolean dateStart = dated && CellKinds.isDeadline(text) && (row == null || row.size() > 1);
      if (start != null || dateStart) {
        row = new ArrayList<>();
        numbers.add(start);
        pieceRows.add(row);
        if (start != null) {
          previous = start;
          String rest = textAfterNumber(text);
          if (rest != null) {
            row.add(rest);
          }
        } else {
          row.add(text);
        }
      } else if (row == null) {
        rows.add(ImplicitTables.row(List.of(text), width)); // a section line before the first row
      } else {
        row.add(text);
      }
    }
    List<String> after = List.of();
    ColumnMajor.Rows byColumn = numbered ? ColumnMajor.of(pieceRows, roles.subList(1, roles.size())) : null;
    for (int r = 0; r < pieceRows.size(); r++) {
      if (byColumn != null) {
        List<String> cells = new ArrayList<>();
        cells.add(numbers.get(r));
        cells.addAll(byColumn.cells().get(r));
        rows.add(ImplicitTables.row(cells, width));
      } else {
        flush(rows, numbers.get(r), pieceRows.get(r), roles, width, numbered);
      }
    }
    if (byColumn != null) {
      after = byColumn.after();
    }
    if (rows.size() < 2) {
      return null;
    }
    List<Layout.Block> out = new ArrayList<>();
    List<String> before = new ArrayList<>();
    int block = pieces.get(0).block();
    for (Piece piece : pieces.subList(0, h)) {
      if (piece.block() != block) {
        ImplicitTables.addParagraph(out, before);
        before = new ArrayList<>();
        block = piece.block();
      }
      before.add(piece.text());
    }
    ImplicitTables.addParagraph(out, before);
    out.add(new Layout.Table(rows));
    ImplicitTables.addParagraph(out, after); // text after a table copied column by column (a signature)
    return new ImplicitTables.Found(out, end);
  }

  private static void flush(List<Layout.Row> rows, String number, List<String> pieces, List<Field> roles,
      int width, boolean numbered) {
    if (pieces == null) {
      return;
    }
    List<String> cells = new ArrayList<>();
    if (numbered) {
      cells.add(number);
      cells.addAll(CellAssigner.assign(pieces, roles.subList(1, roles.size())));
    } else {
      cells.addAll(CellAssigner.assign(pieces, roles));
    }
    rows.add(ImplicitTables.row(cells, width));
  }

  private static List<String> texts(List<Piece> pieces) {
    return pieces.stream().map(Piece::text).toList();
  }

  /** Whether the first rows under the header are numbered: «1», «1.», «I. Общие …», «1.1. …». */
  private static boolean startsNumbered(List<Piece> data) {
    for (int p = 0; p < Math.min(3, data.size()); p++) {
      if (rowNumber(data.get(p).text(), null) != null) {
        return true;
      }
    }
    return false;
  }

  /** The number a piece starts a row with, when it goes on from {@code previous}; else null. */
  private static String rowNumber(String text, String previous) {
    String alone = CellKinds.number(text);
    if (alone == null) {
      Matcher m = CellKinds.NUMBER_AND_TEXT.matcher(text);
      if (!m.matches() || Character.isDigit(m.group(2).charAt(0)) || CellKinds.isDeadline(m.group(2))) {
        return null;
      }
      alone = m.group(1).replaceAll("[.)]$", "");
    }
    return CellKinds.follows(previous, alone) ? alone : null;
  }

  private static String textAfterNumber(String text) {
    if (CellKinds.number(text) != null) {
      return null;
    }
    Matcher m = CellKinds.NUMBER_AND_TEXT.matcher(text);
    return m.matches() ? m.group(2).strip() : null;
  }
}
