package dev.signpost.roadmap;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The timeline as a list: items by their target's quarter, earliest first, those without a target last. */
class TimelineListTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private static List<RoadmapItem> items(String... docs) {
        List<dev.signpost.content.Document> parsed = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            parsed.add(RoadmapDocs.doc("item-" + i, "Item " + i, docs[i]));
        }
        return Roadmap.build(parsed, Set.of(), Quarter.of(TODAY)).items();
    }

    @Test
    void shouldGroupByTargetQuarterEarliestFirstWithUndatedItemsLast() {
        List<RoadmapItem> items = items("status: planned\ntarget: 2027-Q2\n", "status: exploring\n",
                "status: in-progress\ntarget: 2026-12-18\n", "status: shipped\ntarget: 2026-06-01\n",
                "status: planned\ntarget: 2026-10-02\n");
        TimelineList list = TimelineList.of(items, items.stream().collect(Collectors.toMap(RoadmapItem::slug, Function.identity())), TODAY);
        assertEquals(List.of("2026-Q2", "2026-Q4", "2027-Q2", "No target yet"), list.groups().stream().map(TimelineList.Group::heading).toList());
        assertEquals(List.of("past", "this quarter", "", ""), list.groups().stream().map(TimelineList.Group::when).toList());
        assertEquals(List.of("item-4", "item-2"), list.groups().get(1).entries().stream().map(e -> e.item().slug()).toList(),
                "by target day within a quarter");
        assertEquals("tl-q-none", list.groups().get(3).id());
    }

    @Test
    void shouldNameWhatAnItemWaitsForEvenWhenTheFiltersLeaveItOut() {
        List<RoadmapItem> items = items("status: planned\ntarget: 2027-Q1\ndepends_on: [item-1]\n", "status: in-progress\ntarget: 2026-Q4\n");
        Map<String, RoadmapItem> known = items.stream().collect(Collectors.toMap(RoadmapItem::slug, Function.identity()));
        TimelineList list = TimelineList.of(items.stream().filter(i -> i.slug().equals("item-0")).toList(), known, TODAY);
        TimelineList.Entry entry = list.groups().get(0).entries().get(0);
        assertEquals(List.of("Item 1"), entry.waitsFor().stream().map(RoadmapItem::title).toList());
        assertEquals("2027-Q1", entry.startLabel(), "no start written: the target's quarter");
    }
}
