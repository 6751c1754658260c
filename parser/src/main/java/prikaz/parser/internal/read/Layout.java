package prikaz.parser.internal.read;

import java.util.List;
import prikaz.parser.model.PageArea;

/**
 * A document reduced to what every later stage needs, whatever the file format was: an ordered list
 * of paragraphs and tables.
 */
public record Layout(List<Block> blocks) {
  public Layout {
    blocks = List.copyOf(blocks);
  }

  /** A paragraph or a table. */
  public sealed interface Block permits Paragraph, Table {}

  /**
   * A paragraph; its lines are kept (a paragraph of a text file may hold several lines that belong
   * together, such as an issuer block or a wrapped title).
   */
  public record Paragraph(List<String> lines, List<Double> confidences) implements Block {
    public Paragraph {
      lines = List.copyOf(lines);
      confidences = List.copyOf(confidences);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("a paragraph has at least one line");
      }
      if (confidences.size() != lines.size()) {
        throw new IllegalArgumentException("a confidence for each line");
      }
    }

    /** A paragraph of text not recognised from an image. */
    public Paragraph(List<String> lines) {
      this(lines, java.util.Collections.nCopies(lines.size(), Cell.NO_CONFIDENCE));
    }

    /** OCR's confidence in line {@code i}, 0–1, or {@link Cell#NO_CONFIDENCE}. */
    public double confidence(int i) {
      return confidences.get(i);
    }

    public String text() {
      return String.join(" ", lines);
    }
  }

  /** A table: rows of cells. */
  public record Table(List<Row> rows) implements Block {
    public Table {
      rows = List.copyOf(rows);
    }

    public int width() {
      int width = 0;
      for (Row row : rows) {
        width = Math.max(width, row.width());
      }
      return width;
    }
  }

  /**
   * A table row; {@code area} is where on a scanned page its text was read (the cells that start
   * and end in it), null for text not read from an image.
   */
  public record Row(List<Cell> cells, PageArea area) {
    public Row {
      cells = List.copyOf(cells);
    }

    public Row(List<Cell> cells) {
      this(cells, null);
    }

    /** The number of grid columns the row covers, spans counted. */
    public int width() {
      int width = 0;
      for (Cell cell : cells) {
        width += cell.colSpan();
      }
      return width;
    }

    public boolean isBlank() {
      return cells.stream().allMatch(c -> c.text().isBlank());
    }

    /** The cells' texts joined with spaces: the row read as one line (a table inside a cell). */
    public String text() {
      return String.join(" ", cells.stream().map(Cell::text).toList());
    }
  }

  /**
   * A cell; {@code text} may hold several lines (a list inside a cell). Spans are 1 unless the
   * format says otherwise. {@code confidence} is OCR's confidence in the text, 0–1, or {@link
   * #NO_CONFIDENCE} where the text was not recognised from an image.
   */
  public record Cell(String text, int rowSpan, int colSpan, double confidence) {
    public static final double NO_CONFIDENCE = -1;

    public Cell {
      if (text == null) {
        throw new NullPointerException("text must not be null");
      }
      if (rowSpan < 1 || colSpan < 1) {
        throw new IllegalArgumentException("spans must be at least 1");
      }
      if (confidence != NO_CONFIDENCE && !(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence is 0–1 or NO_CONFIDENCE: " + confidence);
      }
    }

    public Cell(String text, int rowSpan, int colSpan) {
      this(text, rowSpan, colSpan, NO_CONFIDENCE);
    }

    public Cell(String text) {
      this(text, 1, 1);
    }
  }
}
