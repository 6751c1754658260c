package prikaz.parser.internal.read.positional;

import java.util.List;

/** One page's words and rulings; {@code width} and {@code height} in points. */
public record Page(int number, double width, double height, List<Word> words, List<Ruling> rulings) {
  public Page {
    words = List.copyOf(words);
    rulings = List.copyOf(rulings);
  }
}
