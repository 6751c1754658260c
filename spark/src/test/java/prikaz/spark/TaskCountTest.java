package prikaz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TaskCountTest {
  @Test
  void aboutAHundredFilesATaskAMultipleOfTheCores() {
    assertEquals(10, ParseJob.tasks(1_000, 2));
    assertEquals(12, ParseJob.tasks(1_001, 4));
    assertEquals(1_024, ParseJob.tasks(100_000, 64));
  }

  @Test
  void atLeastTwoTasksACoreForAFewFiles() {
    assertEquals(4, ParseJob.tasks(19, 2));
    assertEquals(2, ParseJob.tasks(1, 1));
    assertEquals(16, ParseJob.tasks(0, 8));
  }
}
