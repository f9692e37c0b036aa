package dev.signpost.tools;

import dev.signpost.tools.RadarLayout.Blip;
import dev.signpost.tools.RadarLayout.Input;
import dev.signpost.tools.RadarLayout.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

// a layout that never stops shrinking must fail the build, not hang it
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RadarLayoutTest {

    // rounding slack for geometric checks; far below a pixel
    private static final double EPSILON = 1e-9;

    @Test
    void shouldNotOverlapAnyOf200RandomTools() {
        Layout layout = RadarLayout.layout(randomTools(200, 6, 42), 6);

        assertEquals(200, layout.blips().size());
        assertTrue(layout.blipRadius() >= 7, "radius " + layout.blipRadius());
        assertNoOverlaps(layout);
    }

    @Test
    void shouldKeepEveryBlipInsideItsRingAndSector() {
        for (long seed = 1; seed <= 5; seed++) {
            Layout layout = RadarLayout.layout(randomTools(200, 6, seed), 6);
            layout.blips().forEach(blip -> assertInsideCell(layout, blip));
        }
    }

    @Test
    void shouldGiveTheSameLayoutForAnyInputOrder() {
        List<Input> tools = randomTools(120, 5, 7);
        List<Input> shuffled = new ArrayList<>(tools);
        Collections.shuffle(shuffled, new Random(99));
        assertNotEquals(tools, shuffled);

        assertEquals(RadarLayout.layout(tools, 5), RadarLayout.layout(shuffled, 5));
    }

    @Test
    void shouldGiveTheSameLayoutWhenCalledTwice() {
        List<Input> tools = randomTools(120, 5, 7);

        assertEquals(RadarLayout.layout(tools, 5), RadarLayout.layout(tools, 5));
    }

    @Test
    void shouldReturnBlipsInKeyOrder() {
        Layout layout = RadarLayout.layout(List.of(new Input("quarkus", 0, 1), new Input("argo", 2, 0), new Input("kafka", 0, 1)), 3);

        assertEquals(List.of("argo", "kafka", "quarkus"), layout.blips().stream().map(Blip::key).toList());
    }

    @Test
    void shouldFit200ToolsInTheSmallestCellWithSmallerBlips() {
        List<Input> tools = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tools.add(new Input("tool-" + i, 0, 4));
        }
        tools.add(new Input("elsewhere", 3, 1));

        Layout layout = RadarLayout.layout(tools, 6);

        assertTrue(layout.blipRadius() < RadarLayout.BLIP_RADIUS, "radius " + layout.blipRadius());
        assertTrue(layout.blipRadius() >= RadarLayout.MIN_BLIP_RADIUS, "radius " + layout.blipRadius());
        assertEquals(201, layout.blips().size());
        assertNoOverlaps(layout);
        layout.blips().forEach(blip -> assertInsideCell(layout, blip));
    }

    @Test
    void shouldFit200ToolsInAnyCellOfASixSectorRadar() {
        for (int ring = 0; ring < RadarLayout.RINGS; ring++) {
            List<Input> tools = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                tools.add(new Input("tool-" + i, ring, ring + 1));
            }
            Layout layout = RadarLayout.layout(tools, 6);
            assertNoOverlaps(layout);
            layout.blips().forEach(blip -> assertInsideCell(layout, blip));
        }
    }

    @Test
    void shouldShrinkTheBlipsOnlyAsFarAsTheFullestCellNeeds() {
        List<Input> tools = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tools.add(new Input("tool-" + i, 0, 0));
        }
        Layout layout = RadarLayout.layout(tools, 6);

        assertTrue(layout.blipRadius() < RadarLayout.BLIP_RADIUS, "radius " + layout.blipRadius());
        assertTrue(layout.blipRadius() > 7, "radius " + layout.blipRadius());
    }

    @Test
    void shouldNotOverlapWhenACellIsFilledToItsLastGridPoint() {
        // one-sector rings wrap around, so the last point of a row meets the first
        for (int sectors : new int[] {1, 6}) {
            for (int ring = 0; ring < RadarLayout.RINGS; ring++) {
                Layout full = fullestAtDefaultRadius(ring, sectors);
                assertEquals(RadarLayout.BLIP_RADIUS, full.blipRadius());
                assertNoOverlaps(full);
                full.blips().forEach(blip -> assertInsideCell(full, blip));
            }
        }
    }

    @Test
    void shouldSpreadAFewBlipsOverTheCell() {
        List<Input> tools = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tools.add(new Input("tool-" + i, 1, 2));
        }
        Layout layout = RadarLayout.layout(tools, 6);

        double closest = Double.MAX_VALUE;
        for (Blip a : layout.blips()) {
            for (Blip b : layout.blips()) {
                if (a != b) {
                    closest = Math.min(closest, distance(a, b));
                }
            }
        }
        assertTrue(closest > 3 * layout.blipRadius(), "closest pair " + closest);
    }

    @Test
    void shouldKeepAFewBlipsClearOfTheSectorLines() {
        List<Input> tools = List.of(new Input("a", 3, 4), new Input("b", 3, 4), new Input("c", 3, 4));
        Layout layout = RadarLayout.layout(tools, 6);

        double width = Math.PI / 3;
        for (Blip blip : layout.blips()) {
            double dx = blip.x() - layout.center();
            double dy = blip.y() - layout.center();
            double fromStart = normalized(Math.atan2(dy, dx) - layout.sectorAngle(4));
            double fromLines = Math.hypot(dx, dy) * Math.min(Math.sin(fromStart), Math.sin(width - fromStart));
            assertTrue(fromLines > 4 * layout.blipRadius(), blip + " is " + fromLines + " from a sector line");
        }
    }

    @Test
    void shouldPutALoneBlipNearTheMiddleOfItsCell() {
        Layout layout = RadarLayout.layout(List.of(new Input("solo", 2, 3)), 4);
        Blip blip = layout.blip("solo").orElseThrow();

        double middleRadius = (layout.ringRadii().get(2) + layout.ringRadii().get(3)) / 2;
        double middleAngle = layout.sectorAngle(3) + Math.PI / 4;
        double fromMiddle = Math.hypot(blip.x() - layout.x(middleRadius, middleAngle), blip.y() - layout.y(middleRadius, middleAngle));
        assertTrue(fromMiddle < 2 * layout.blipRadius(), "distance from the middle " + fromMiddle);
    }

    @Test
    void shouldNotMoveBlipsInOtherCellsWhenOneCellGetsANewTool() {
        List<Input> tools = randomTools(80, 6, 3);
        Layout before = RadarLayout.layout(tools, 6);
        List<Input> more = new ArrayList<>(tools);
        more.add(new Input("aaa-new", 2, 3));
        Layout after = RadarLayout.layout(more, 6);

        assertEquals(before.blipRadius(), after.blipRadius());
        int unchanged = 0;
        for (Blip blip : before.blips()) {
            if (blip.ring() != 2 || blip.sector() != 3) {
                assertEquals(blip, after.blip(blip.key()).orElseThrow());
                unchanged++;
            }
        }
        assertTrue(unchanged > 60, "only " + unchanged + " blips in other cells");
        assertInsideCell(after, after.blip("aaa-new").orElseThrow());
    }

    @Test
    void shouldUseWholeRingsOnAOneSectorRadar() {
        List<Input> tools = randomTools(150, 1, 11);
        Layout layout = RadarLayout.layout(tools, 1);

        assertEquals(150, layout.blips().size());
        assertNoOverlaps(layout);
        layout.blips().forEach(blip -> assertInsideCell(layout, blip));
        // a full ring: blips on both sides of the top, where a sector line would otherwise be
        List<Blip> ring3 = layout.blips().stream().filter(b -> b.ring() == 3).toList();
        assertTrue(ring3.stream().anyMatch(b -> b.x() < layout.center() && b.y() < layout.center()));
        assertTrue(ring3.stream().anyMatch(b -> b.x() > layout.center() && b.y() < layout.center()));
    }

    @Test
    void shouldStartEachRingOfAOneSectorRadarAtTheTop() {
        Layout layout = RadarLayout.layout(List.of(new Input("first", 2, 0)), 1);
        Blip blip = layout.blip("first").orElseThrow();

        assertEquals(layout.center(), blip.x(), 1);
        assertTrue(blip.y() < layout.center() - layout.ringRadii().get(2), "y " + blip.y());
    }

    @Test
    void shouldPlaceToolsInEveryCellOfATwelveSectorRadar() {
        List<Input> tools = new ArrayList<>();
        for (int ring = 0; ring < RadarLayout.RINGS; ring++) {
            for (int sector = 0; sector < 12; sector++) {
                for (int i = 0; i < 4; i++) {
                    tools.add(new Input("t-" + ring + "-" + sector + "-" + i, ring, sector));
                }
            }
        }
        Layout layout = RadarLayout.layout(tools, 12);

        assertEquals(192, layout.blips().size());
        assertNoOverlaps(layout);
        layout.blips().forEach(blip -> assertInsideCell(layout, blip));
    }

    @Test
    void shouldStartSectorZeroAtTheTopAndGoClockwise() {
        Layout layout = RadarLayout.layout(List.of(), 4);

        assertEquals(-Math.PI / 2, layout.sectorAngle(0), EPSILON);
        assertEquals(400, layout.x(100, layout.sectorAngle(0)), EPSILON);
        assertEquals(300, layout.y(100, layout.sectorAngle(0)), EPSILON);
        // clockwise on screen: sector 1 of four starts pointing right
        assertEquals(500, layout.x(100, layout.sectorAngle(1)), EPSILON);
        assertEquals(400, layout.y(100, layout.sectorAngle(1)), EPSILON);
    }

    @Test
    void shouldDrawAnEmptyRadarForNoTools() {
        Layout layout = RadarLayout.layout(List.of(), 6);

        assertTrue(layout.blips().isEmpty());
        assertEquals(RadarLayout.BLIP_RADIUS, layout.blipRadius());
        assertEquals(5, layout.ringRadii().size());
        assertEquals(800, layout.size());
        assertEquals(400, layout.center());
    }

    @Test
    void shouldFindABlipByKey() {
        Layout layout = RadarLayout.layout(List.of(new Input("quarkus", 0, 0)), 2);

        assertEquals(0, layout.blip("quarkus").orElseThrow().ring());
        assertFalse(layout.blip("spring").isPresent());
    }

    @Test
    void shouldRejectSectorCountsOutsideOneToTwelve() {
        assertMessage("not 0", () -> RadarLayout.layout(List.of(), 0));
        assertMessage("not 13", () -> RadarLayout.layout(List.of(), 13));
    }

    @Test
    void shouldRejectARingOutsideTheRadarNamingTheTool() {
        assertMessage("'helm' is in ring 4", () -> RadarLayout.layout(List.of(new Input("helm", 4, 0)), 6));
        assertMessage("'helm' is in ring -1", () -> RadarLayout.layout(List.of(new Input("helm", -1, 0)), 6));
    }

    @Test
    void shouldRejectASectorOutsideTheRadarNamingTheTool() {
        assertMessage("'helm' is in sector 6", () -> RadarLayout.layout(List.of(new Input("helm", 0, 6)), 6));
        assertMessage("'helm' is in sector -1", () -> RadarLayout.layout(List.of(new Input("helm", 0, -1)), 6));
    }

    @Test
    void shouldRejectADuplicateKey() {
        assertMessage("'helm' is on the radar twice",
                () -> RadarLayout.layout(List.of(new Input("helm", 0, 0), new Input("helm", 1, 2)), 6));
    }

    @Test
    void shouldRejectABlankKey() {
        assertMessage("needs a key", () -> RadarLayout.layout(List.of(new Input(" ", 0, 0)), 6));
    }

    @Test
    void shouldRejectACellTooFullEvenForTheSmallestBlipsNamingTheCell() {
        List<Input> tools = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tools.add(new Input("tool-" + i, 1, 7));
        }
        tools.add(new Input("fine", 0, 0));

        assertMessage("Ring 1, sector 7 has 1000 tools", () -> RadarLayout.layout(tools, 12));
    }

    /** The layout with the most tools in one cell that still fit at the default blip radius, found by bisection. */
    private static Layout fullestAtDefaultRadius(int ring, int sectors) {
        int fits = 1;
        int tooMany = 1000;
        while (tooMany - fits > 1) {
            int count = (fits + tooMany) / 2;
            if (fitsAtDefaultRadius(count, ring, sectors)) {
                fits = count;
            } else {
                tooMany = count;
            }
        }
        assertFalse(fitsAtDefaultRadius(fits + 1, ring, sectors));
        return oneCell(fits, ring, sectors);
    }

    private static boolean fitsAtDefaultRadius(int count, int ring, int sectors) {
        try {
            return oneCell(count, ring, sectors).blipRadius() == RadarLayout.BLIP_RADIUS;
        } catch (IllegalArgumentException tooFullEvenForTheSmallestBlips) {
            return false;
        }
    }

    private static Layout oneCell(int count, int ring, int sectors) {
        List<Input> tools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tools.add(new Input("tool-" + i, ring, 0));
        }
        return RadarLayout.layout(tools, sectors);
    }

    private static List<Input> randomTools(int count, int sectors, long seed) {
        Random random = new Random(seed);
        List<Input> tools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tools.add(new Input("tool-" + i, random.nextInt(RadarLayout.RINGS), random.nextInt(sectors)));
        }
        return tools;
    }

    private static void assertNoOverlaps(Layout layout) {
        double minimum = 2 * layout.blipRadius() + RadarLayout.GAP;
        List<Blip> blips = layout.blips();
        for (int i = 0; i < blips.size(); i++) {
            for (int j = i + 1; j < blips.size(); j++) {
                double distance = distance(blips.get(i), blips.get(j));
                if (distance < minimum - EPSILON) {
                    fail(blips.get(i) + " and " + blips.get(j) + " are " + distance + " apart, less than " + minimum);
                }
            }
        }
    }

    /** The blip's whole circle lies in its ring's annulus and, unless the radar has one sector, its sector's wedge. */
    private static void assertInsideCell(Layout layout, Blip blip) {
        double dx = blip.x() - layout.center();
        double dy = blip.y() - layout.center();
        double r = Math.hypot(dx, dy);
        double blipRadius = layout.blipRadius();
        double inner = layout.ringRadii().get(blip.ring());
        double outer = layout.ringRadii().get(blip.ring() + 1);
        assertTrue(r >= inner + blipRadius - EPSILON && r <= outer - blipRadius + EPSILON,
                blip + " at radius " + r + " is not inside ring " + inner + ".." + outer);
        if (layout.sectors() == 1) {
            return;
        }
        double width = 2 * Math.PI / layout.sectors();
        double fromStart = normalized(Math.atan2(dy, dx) - layout.sectorAngle(blip.sector()));
        assertTrue(fromStart <= width, blip + " is outside its sector");
        // every sector is at most a half-plane wide, so distance to each boundary line is r·sin of the angle to it
        assertTrue(r * Math.sin(fromStart) >= blipRadius - EPSILON, blip + " crosses its sector's start line");
        assertTrue(r * Math.sin(width - fromStart) >= blipRadius - EPSILON, blip + " crosses its sector's end line");
    }

    /** The angle in [0, 2π). */
    private static double normalized(double angle) {
        return ((angle % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    }

    private static double distance(Blip a, Blip b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static void assertMessage(String expected, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message: " + e.getMessage());
    }
}
