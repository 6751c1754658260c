package prikaz.parser.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where on a scanned page something was read: the page (from 1) and a rectangle as shares of the
 * page image as the file holds it — {@code x} and {@code width} of its width, {@code y} and
 * {@code height} of its height, from the top-left corner — so that it fits the image at any size
 * it is shown.
 *
 * @param page the page, from 1
 * @param x the left edge, as a share of the page's width
 * @param y the top edge, as a share of the page's height
 * @param width the width, as a share of the page's width
 * @param height the height, as a share of the page's height
 */
public record PageArea(int page, double x, double y, double width, double height) {
  /**
   * Checks that the area lies within its page.
   *
   * @param page the page, from 1
   * @param x the left edge, as a share of the page's width
   * @param y the top edge, as a share of the page's height
   * @param width the width, as a share of the page's width
   * @param height the height, as a share of the page's height
   */
  public PageArea {
    if (page < 1) {
      throw new IllegalArgumentException("pages count from 1: " + page);
    }
    if (!(x >= 0 && y >= 0 && width >= 0 && height >= 0 && x + width <= 1.0001 && y + height <= 1.0001)) {
      throw new IllegalArgumentException("an area lies within its page (shares 0–1): " + x + ", " + y + ", " + width
          + ", " + height);
    }
  }

  /**
   * The area from its corners' shares, clamped to the page and rounded to 4 decimals (a tenth of a
   * pixel of an A4 page at 300 dpi).
   *
   * @param page the page, from 1
   * @param x0 one corner's share of the width
   * @param y0 that corner's share of the height
   * @param x1 the opposite corner's share of the width
   * @param y1 that corner's share of the height
   * @return the area between the corners
   */
  public static PageArea of(int page, double x0, double y0, double x1, double y1) {
    double left = round(clamp(Math.min(x0, x1)));
    double top = round(clamp(Math.min(y0, y1)));
    double right = round(clamp(Math.max(x0, x1)));
    double bottom = round(clamp(Math.max(y0, y1)));
    return new PageArea(page, left, top, round(right - left), round(bottom - top));
  }

  /**
   * The smallest area holding this one and {@code other}.
   *
   * @param other an area on the same page
   * @return the area holding both
   */
  public PageArea union(PageArea other) {
    if (other.page != page) {
      throw new IllegalArgumentException("areas on pages " + page + " and " + other.page + " have no union");
    }
    return of(page, Math.min(x, other.x), Math.min(y, other.y), Math.max(x + width, other.x + other.width),
        Math.max(y + height, other.y + other.height));
  }

  /**
   * The areas with {@code added} joined to the one on its page, or after them when none is.
   *
   * @param areas one area per page
   * @param added the area to take in
   * @return the areas, still one per page
   */
  public static List<PageArea> including(List<PageArea> areas, PageArea added) {
    List<PageArea> out = new ArrayList<>(areas);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).page == added.page) {
        out.set(i, out.get(i).union(added));
        return out;
      }
    }
    out.add(added);
    return out;
  }

  private static double clamp(double share) {
    return Math.max(0, Math.min(1, share));
  }

  private static double round(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }
}
