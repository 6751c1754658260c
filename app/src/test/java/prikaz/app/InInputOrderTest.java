package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InInputOrderTest {
  @Test
  void resultsArePassedOnInInputOrderAsSoonAsTheirTurnComes() throws Exception {
    List<String> passed = new ArrayList<>();
    InInputOrder<String> inOrder = new InInputOrder<>(passed::add);
    inOrder.done(1, "b");
    assertEquals(List.of(), passed, "b waits for a");
    inOrder.done(0, "a");
    assertEquals(List.of("a", "b"), passed);
    inOrder.done(3, "d");
    inOrder.done(2, "c");
    assertEquals(List.of("a", "b", "c", "d"), passed);
    inOrder.done(4, "e");
    assertEquals(List.of("a", "b", "c", "d", "e"), passed, "in turn: passed on at once");
  }
}
