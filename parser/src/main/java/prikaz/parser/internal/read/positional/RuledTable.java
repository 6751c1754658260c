package prikaz.parser.internal.read.positional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table found from the lines drawn on a page: the rulings that touch each other form a grid; a
 * missing border between two grid cells merges them (a column span where a vertical border is
 * missing, a row span where a horizontal one is). Words are placed in the cell their centre falls
 * in.
 */
final class RuledTable {
  /** How far apart two rulings may be and still be one line (double borders, rounding), in points. */
  static final double TOLERANCE = 2.5;
  private static final double MIN_LENGTH = 4;

  final double left;
  final double top;
  final double right;
  final double bottom;
  private final double[] xs;
  private final double[] ys;
  private final List<Ruling> horizontals;
  private final List<Ruling> verticals;

  private RuledTable(List<Ruling> horizontals, List<Ruling> verticals) {
    this.horizontals = horizontals;
    this.verticals = verticals;
    this.xs = cluster(verticals.stream().mapToDouble(Ruling::position).toArray());
    this.ys = cluster(horizontals.stream().mapToDouble(Ruling::position).toArray());
    this.left = xs[0];
    this.right = xs[xs.length - 1];
    this.top = ys[0];
    this.bottom = ys[ys.length - 1];
  }

  /** The ruled tables of one page, top to bottom. */
  static List<RuledTable> find(List<Ruling> rulings) {
    List<Ruling> horizontals = merge(rulings.stream().filter(r -> r.horizontal() && r.length() >= MIN_LENGTH).toList(), true);
    List<Ruling> verticals = merge(rulings.stream().filter(r -> !r.horizontal() && r.length() >= MIN_LENGTH).toList(), false);
    List<Ruling> all = new ArrayList<>(horizontals);
    all.addAll(verticals);
    int[] parent = new int[all.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int h = 0; h < horizontals.size(); h++) {
      for (int v = 0; v < verticals.size(); v++) {
        if (touch(horizontals.get(h), verticals.get(v))) {
          union(parent, h, horizontals.size() + v);
        }
      }
    }
    List<RuledTable> tables = new ArrayList<>();
    for (int root = 0; root < all.size(); root++) {
      List<Ruling> hs = new ArrayList<>();
      List<Ruling> vs = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (find(parent, i) == root) {
          (i < horizontals.size() ? hs : vs).add(all.get(i));
        }
      }
      if (hs.size() >= 2 && vs.size() >= 2) {
        RuledTable table = new RuledTable(hs, vs);
        if (table.xs.length >= 2 && table.ys.length >= 2) {
          tables.add(table);
        }
      }
    }
    tables.sort(Comparator.comparingDouble(t -> t.top));
    return tables;
  }

  /** The x of its column borders, left to right. */
  double[] columns() {
    return xs.clone();
  }

  boolean contains(Word word) {
    return word.centerX() > left && word.centerX() < right && word.centerY() > top && word.centerY() < bottom;
  }

  /** The cells of the grid, each with its words, row by row. */
  List<List<GridCell>> cells(List<Word> words) {
    int rows = ys.length - 1;
    int columns = xs.length - 1;
    int[] parent = new int[rows * columns];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      double middle = (ys[r] + ys[r + 1]) / 2;
      for (int c = 0; c + 1 < columns; c++) {
        if (!covered(verticals, xs[c + 1], middle)) {
          union(parent, r * columns + c, r * columns + c + 1);
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      double middle = (xs[c] + xs[c + 1]) / 2;
      for (int r = 0; r + 1 < rows; r++) {
        if (!covered(horizontals, ys[r + 1], middle)) {
          union(parent, r * columns + c, (r + 1) * columns + c);
        }
      }
    }
    GridCell[] byRoot = new GridCell[parent.length];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int root = find(parent, r * columns + c);
        if (byRoot[root] == null) {
          byRoot[root] = new GridCell(r, c);
        }
        byRoot[root].extend(r, c);
      }
    }
    for (Word word : words) {
      int c = index(xs, word.centerX());
      int r = index(ys, word.centerY());
      if (r >= 0 && c >= 0) {
        byRoot[find(parent, r * columns + c)].words.add(word);
      }
    }
    List<List<GridCell>> grid = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      grid.add(new ArrayList<>());
    }
    for (GridCell cell : byRoot) {
      if (cell != null) {
        cell.left = xs[cell.firstColumn];
        cell.right = xs[cell.lastColumn + 1];
        grid.get(cell.firstRow).add(cell);
      }
    }
    for (List<GridCell> row : grid) {
      row.sort(Comparator.comparingInt(cell -> cell.firstColumn));
    }
    // A band that no cell starts in (rulings of another part of the page) is not a row.
    return grid.stream().filter(row -> !row.isEmpty()).toList();
  }

  /** A cell of the rebuilt grid: the grid rows and columns it covers and the words in it. */
  static final class GridCell {
    final int firstRow;
    final int firstColumn;
    int lastRow;
    int lastColumn;
    double left;
    double right;
    final List<Word> words = new ArrayList<>();

    GridCell(int row, int column) {
      this.firstRow = row;
      this.firstColumn = column;
      this.lastRow = row;
      this.lastColumn = column;
    }

    void extend(int row, int column) {
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, column);
    }

    int rowSpan() {
      return lastRow - firstRow + 1;
    }

    int colSpan() {
      return lastColumn - firstColumn + 1;
    }
  }

  private static int index(double[] bounds, double value) {
    for (int i = 0; i + 1 < bounds.length; i++) {
      if (value >= bounds[i] && value < bounds[i + 1]) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a ruling at {@code position} crosses the point {@code at} along it. */
  private static boolean covered(List<Ruling> rulings, double position, double at) {
    for (Ruling ruling : rulings) {
      if (Math.abs(ruling.position() - position) <= TOLERANCE && ruling.from() - TOLERANCE <= at
          && ruling.to() + TOLERANCE >= at) {
        return true;
      }
    }
    return false;
  }

  private static boolean touch(Ruling horizontal, Ruling vertical) {
    double x = vertical.position();
    double y = horizontal.position();
    return x >= horizontal.x0() - TOLERANCE && x <= horizontal.x1() + TOLERANCE
        && y >= vertical.y0() - TOLERANCE && y <= vertical.y1() + TOLERANCE;
  }

  /** Collinear pieces (a border drawn cell by cell) joined into one ruling. */
  private static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
    List<Ruling> sorted = new ArrayList<>(rulings);
    sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
    List<Ruling> merged = new ArrayList<>();
    boolean[] used = new boolean[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      if (used[i]) {
        continue;
      }
      double position = sorted.get(i).position();
      double from = sorted.get(i).from();
      double to = sorted.get(i).to();
      boolean grew = true;
      while (grew) {
        grew = false;
        for (int j = i + 1; j < sorted.size(); j++) {
          Ruling other = sorted.get(j);
          if (!used[j] && Math.abs(other.position() - position) <= TOLERANCE
              && other.from() <= to + TOLERANCE && other.to() >= from - TOLERANCE) {
            from = Math.min(from, other.from());
            to = Math.max(to, other.to());
            used[j] = true;
            grew = true;
          }
        }
      }
      int page = sorted.get(i).page();
      merged.add(horizontal ? new Ruling(page, from, position, to, position) : new Ruling(page, position, from, position, to));
    }
    return merged;
  }

  /** Positions closer than the tolerance are one line; their mean is its position. */
  private static double[] cluster(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    List<Double> clusters = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= sorted.length; i++) {
      if (i == sorted.length || sorted[i] - sorted[i - 1] > TOLERANCE) {
        double sum = 0;
        for (int k = start; k < i; k++) {
          sum += sorted[k];
        }
        clusters.add(sum / (i - start));
        start = i;
      }
    }
    return clusters.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
