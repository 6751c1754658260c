package prikaz.parser.internal.plan;

import java.util.List;
import java.util.Objects;
import prikaz.parser.model.Item;
import prikaz.parser.model.Location;
import prikaz.parser.model.Section;

/**
 * The {@code where} of a warning about a plan row, as the parser writes it and as exporters match
 * it to their rows: «plan 1, item 2», or «plan 1, section II, item 2» when the plan numbers its
 * items again in each section and the number alone does not tell the item.
 */
public final class Where {
  private Where() {}

  /** Where a row numbered {@code number} in {@code section} stands among a plan's {@code items}. */
  public static Location of(int planIndex, List<Item> items, String number, Section section) {
    if (number == null) {
      return Location.plan(planIndex);
    }
    boolean ambiguous = items.stream()
        .anyMatch(other -> number.equals(other.number()) && !Objects.equals(other.section(), section));
    boolean named = ambiguous && section != null && section.number() != null;
    return Location.item(planIndex, named ? section.number() : null, number);
  }
}
