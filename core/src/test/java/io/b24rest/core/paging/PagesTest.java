package io.b24rest.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {

  /** A list of {@code total} numbers served in pages, counting the calls made. */
  private static final class FakeList implements PageFetcher<Integer> {
    final int total;
    final List<Integer> pagesAsked = new ArrayList<>();

    FakeList(int total) {
      this.total = total;
    }

    @Override
    public List<Integer> fetch(int page, int limit) {
      pagesAsked.add(page);
      int from = Math.min((page - 1) * limit, total);
      int to = Math.min(from + limit, total);
      return IntStream.range(from, to).boxed().collect(Collectors.toList());
    }
  }

  @Test
  void returnsEveryItemInOrderAndStopsOnTheShortPage() {
    FakeList list = new FakeList(7);
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), Pages.stream(3, list).toList());
    assertEquals(List.of(1, 2, 3), list.pagesAsked);
  }

  @Test
  void aFullLastPageCostsOneEmptyCall() {
    FakeList list = new FakeList(6);
    assertEquals(6, Pages.stream(3, list).count());
    assertEquals(List.of(1, 2, 3), list.pagesAsked);
  }

  @Test
  void isLazy() {
    FakeList list = new FakeList(100);
    assertEquals(List.of(0, 1), Pages.stream(10, list).limit(2).toList());
    assertEquals(List.of(1), list.pagesAsked);
  }

  @Test
  void stopsAfterMaxPagesWhenThePortalIgnoresPaging() {
    List<Integer> calls = new ArrayList<>();
    PageFetcher<Integer> alwaysFull =
        (page, limit) -> {
          calls.add(page);
          return List.of(1, 2);
        };
    assertEquals(10, Pages.stream(2, 5, alwaysFull).count());
    assertEquals(5, calls.size());
  }

  @Test
  void treatsNullAsTheEnd() {
    assertEquals(0, Pages.stream(5, (page, limit) -> null).count());
  }

  @Test
  void rejectsNonsenseLimits() {
    assertThrows(IllegalArgumentException.class, () -> Pages.stream(0, (p, l) -> List.of()));
    assertThrows(IllegalArgumentException.class, () -> Pages.stream(5, 0, (p, l) -> List.of()));
  }
}
