package prikaz.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import prikaz.diff.OrderDiff.WordEdit;

/** A changed text as the words kept, deleted and inserted. */
final class WordEdits {
  private WordEdits() {}

  /**
   * The edit from {@code a} to {@code b} word by word (Myers' diff, java-diff-utils); words equal
   * but for case, «ё» or punctuation are kept as they are in {@code a}.
   */
  static List<WordEdit> between(String a, String b) {
    List<String> from = split(a);
    List<String> to = split(b);
    List<WordEdit> edits = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(from, to, (x, y) -> Words.normalize(x).equals(Words.normalize(y)))
        .getDeltas()) {
      int start = delta.getSource().getPosition();
      add(edits, WordEdit.Op.equal, from.subList(position, start));
      add(edits, WordEdit.Op.delete, delta.getSource().getLines());
      add(edits, WordEdit.Op.insert, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(edits, WordEdit.Op.equal, from.subList(position, from.size()));
    return edits;
  }

  private static List<String> split(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
  }

  private static void add(List<WordEdit> edits, WordEdit.Op op, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    String text = String.join(" ", words);
    if (!edits.isEmpty() && edits.get(edits.size() - 1).op() == op) {
      text = edits.remove(edits.size() - 1).text() + " " + text;
    }
    edits.add(new WordEdit(op, text));
  }
}
